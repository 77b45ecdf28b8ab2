using System.Diagnostics;

namespace Dre.Store.Bench;

/// <summary>A measured operation of the store next to the raw table operations it needs, timed in the same run.</summary>
internal sealed record Comparison(string Operation, int StoredContacts, Timing Store, Timing Raw, string RawDescription, RoundTrips StoreTrips, RoundTrips RawTrips)
{
    public double Ratio => Store.Median / Raw.Median;
}

/// <summary>
/// Times operations against the live emulator. Hand-written rather than BenchmarkDotNet: each operation here is a few
/// network round trips (milliseconds, dominated by I/O, not by JIT or CPU noise) against a store that takes minutes to
/// fill, and BenchmarkDotNet's process-per-benchmark model would refill it for each benchmark, while its outlier removal
/// would hide the tail latency that p95 is there to show.
/// </summary>
internal sealed class Harness(int warmUp, int iterations, RoundTripCounter counter)
{
    /// <summary>
    /// Runs the store operation and its raw baseline alternately, so that whatever the machine does meanwhile (other
    /// builds, the emulator's garbage collection) falls on both alike.
    /// </summary>
    public async Task<Comparison> CompareAsync(
        string operation,
        int storedContacts,
        Func<CancellationToken, Task> store,
        string rawDescription,
        Func<CancellationToken, Task> raw,
        CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await store(cancellationToken);
            await raw(cancellationToken);
        }

        // Counted on a run of their own, untimed: counting must not sit in the timed runs, nor other work in the count.
        var storeTrips = await counter.CountAsync(store, cancellationToken);
        var rawTrips = await counter.CountAsync(raw, cancellationToken);

        var storeSamples = new List<double>(iterations);
        var rawSamples = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            storeSamples.Add(await TimeAsync(store, cancellationToken));
            rawSamples.Add(await TimeAsync(raw, cancellationToken));
        }

        return new Comparison(operation, storedContacts, new Timing(storeSamples), new Timing(rawSamples), rawDescription, storeTrips, rawTrips);
    }

    private static async Task<double> TimeAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await operation(cancellationToken);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
