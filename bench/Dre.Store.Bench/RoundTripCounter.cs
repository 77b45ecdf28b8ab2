using Azure.Core;
using Azure.Core.Pipeline;

namespace Dre.Store.Bench;

/// <summary>What one operation asked of the table service, by kind of request.</summary>
internal sealed record RoundTrips(int Queries, int PointReads, int Writes, int Batches)
{
    public int Total => Queries + PointReads + Writes + Batches;

    public override string ToString() => $"{Total} ({Queries} q, {PointReads} r, {Writes} w, {Batches} b)";
}

/// <summary>
/// Counts every request the table clients send, retries included: timings on a shared two-core machine are noisy, the
/// number of round trips an operation makes is not, so a regression in round trips shows whatever the timings do.
/// </summary>
internal sealed class RoundTripCounter : HttpPipelinePolicy
{
    private int _queries;
    private int _pointReads;
    private int _writes;
    private int _batches;

    /// <summary>Runs the operation once and counts what it sent; nothing else may use the store meanwhile.</summary>
    public async Task<RoundTrips> CountAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _queries, 0);
        Interlocked.Exchange(ref _pointReads, 0);
        Interlocked.Exchange(ref _writes, 0);
        Interlocked.Exchange(ref _batches, 0);
        await operation(cancellationToken);
        return new RoundTrips(Volatile.Read(ref _queries), Volatile.Read(ref _pointReads), Volatile.Read(ref _writes), Volatile.Read(ref _batches));
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message.Request);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message.Request);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(Request request)
    {
        var path = request.Uri.Path;
        if (path.EndsWith("$batch", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _batches);
        }
        else if (request.Method != RequestMethod.Get)
        {
            Interlocked.Increment(ref _writes);
        }
        // A point read names both keys in the path: Table(PartitionKey='…',RowKey='…').
        else if (path.Contains("RowKey=", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _pointReads);
        }
        else
        {
            Interlocked.Increment(ref _queries);
        }
    }
}
