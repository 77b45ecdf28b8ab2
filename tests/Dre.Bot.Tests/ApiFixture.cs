namespace Dre.Bot.Tests;

/// <summary>One running service per test class; each class gets tables of its own.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public DreApiFactory Factory { get; } = new();

    public HttpClient Staff { get; private set; } = null!;
    public HttpClient OtherStaff { get; private set; } = null!;
    public HttpClient Officer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Staff = await Factory.ClientForAsync("eva.schmidt@coe.int");
        OtherStaff = await Factory.ClientForAsync("jan.novak@coe.int");
        Officer = await Factory.ClientForAsync("anne.dupont@coe.int", "officer");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
