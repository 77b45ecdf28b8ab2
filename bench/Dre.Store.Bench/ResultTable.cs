using System.Globalization;

namespace Dre.Store.Bench;

/// <summary>The figures as a Markdown table: readable in a terminal and ready for the README.</summary>
internal static class ResultTable
{
    public static void Write(TextWriter output, IReadOnlyList<Comparison> results)
    {
        output.WriteLine("| operation | stored | n | median ms | p95 ms | min ms | max ms | raw median ms | raw p95 ms | ratio | round trips | raw round trips |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Operation} | {r.StoredContacts:N0} | {r.Store.Count} | {r.Store.Median:F2} | {r.Store.P95:F2} | {r.Store.Min:F2} | {r.Store.Max:F2} | {r.Raw.Median:F2} | {r.Raw.P95:F2} | {r.Ratio:F2} | {r.StoreTrips} | {r.RawTrips} |"));
        }

        output.WriteLine();
        output.WriteLine("Raw baselines (Azure.Data.Tables directly, same run, alternating with the measured operation):");
        foreach (var r in results.DistinctBy(r => r.Operation))
        {
            output.WriteLine($"- {r.Operation}: {r.RawDescription}");
        }

        output.WriteLine();
        output.WriteLine("Round trips: requests sent for one run, retries included (q: queries and their pages, r: point reads, w: single writes, b: batches).");
    }
}
