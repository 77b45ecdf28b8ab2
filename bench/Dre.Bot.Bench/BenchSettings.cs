using System.Globalization;

namespace Dre.Bot.Bench;

/// <summary>Command line: [--duration 60] [--message "status Morocco"] [--iterations 200] [--users 50] [--seed-contacts].</summary>
internal sealed record BenchSettings(TimeSpan Duration, string Message, int Iterations, int Users, bool SeedContacts)
{
    public static BenchSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchSettings(
            TimeSpan.FromSeconds(Number("--duration", 60)),
            Value("--message") ?? "status Morocco",
            Number("--iterations", 200),
            Number("--users", 50),
            args.Contains("--seed-contacts"));
    }
}
