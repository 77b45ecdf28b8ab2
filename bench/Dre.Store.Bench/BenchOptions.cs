using System.Globalization;

namespace Dre.Store.Bench;

/// <summary>The command line: how large a history to load and how many timed runs of each operation.</summary>
internal sealed record BenchOptions(int Contacts, int Iterations, int LoadParallelism)
{
    public const string Usage =
        "Usage: dotnet run -c Release --project bench/Dre.Store.Bench -- [--contacts 100000] [--iterations 200] [--quick] [--load-parallelism 16]\n" +
        "  --quick  a smoke run: 10,000 contacts and 30 iterations unless given.";

    /// <summary>The history size at which the status read is measured first, to compare with the full history.</summary>
    public const int SmallHistory = 1_000;

    public int WarmUp => Math.Max(5, Iterations / 10);

    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        int? contacts = null;
        int? iterations = null;
        var parallelism = 16;
        var quick = false;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--contacts" when Number(args, ++i) is { } n && n >= 2 * SmallHistory:
                    contacts = n;
                    break;
                case "--iterations" when Number(args, ++i) is { } n && n >= 5:
                    iterations = n;
                    break;
                case "--load-parallelism" when Number(args, ++i) is { } n && n is >= 1 and <= 256:
                    parallelism = n;
                    break;
                default:
                    error = $"Not understood: {string.Join(' ', args.Skip(Math.Min(i, args.Count - 1)).Take(2))} " +
                        $"(--contacts takes at least {2 * SmallHistory}, --iterations at least 5, --load-parallelism 1 to 256).";
                    return null;
            }
        }

        return new BenchOptions(contacts ?? (quick ? 10_000 : 100_000), iterations ?? (quick ? 30 : 200), parallelism);
    }

    private static int? Number(IReadOnlyList<string> args, int i) =>
        i < args.Count && int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
