using System.ComponentModel.DataAnnotations;

namespace Dre.Core.Imports;

public sealed class ImportOptions
{
    public const string SectionName = "Imports";

    /// <summary>Whether this instance runs import jobs; every instance may, the claim keeps a job to one of them.</summary>
    public bool Worker { get; set; } = true;

    /// <summary>How long a worker holds a job without a checkpoint before another instance may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Rows between two checkpoints: what a resumed run may do again (merging, never duplicating).</summary>
    [Range(1, 1_000)]
    public int CheckpointRows { get; set; } = 200;

    /// <summary>
    /// A checkpoint's contact writes sent at once (inserts, read-backs, audit entries, merges of rows already there):
    /// each is a round trip to the store, which answers many in parallel.
    /// </summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 16;

    /// <summary>How often a worker looks for jobs nobody runs (one whose worker died); a new job wakes it at once.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
}
