namespace Dre.Service.Demo;

public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>On the first start against an empty store, log a realistic set of contacts so that there is something to look at.</summary>
    public bool SeedContacts { get; set; }
}
