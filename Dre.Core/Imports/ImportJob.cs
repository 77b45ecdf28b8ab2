using Dre.Core.Identity;

namespace Dre.Core.Imports;

public enum ImportState
{
    Queued,
    Running,
    Completed,
}

/// <summary>
/// One import as stored: who asked (the worker logs the contacts as that person), the file's size in rows and chunks,
/// and how far the run got. <see cref="Done"/> and the counts are written together, so that a worker that resumes the
/// job goes on from a point where they agree.
/// </summary>
public sealed record ImportJob
{
    public required string Id { get; init; }
    public required UserContext User { get; init; }
    public string? FileName { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required int Rows { get; init; }
    public required int Chunks { get; init; }
    public ImportState State { get; init; } = ImportState.Queued;

    /// <summary>Rows run, from the first: the next run starts at this one.</summary>
    public int Done { get; init; }

    public int Imported { get; init; }
    public int Merged { get; init; }
    public int Rejected { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
}

/// <summary>What <c>GET /api/imports/{id}</c> and a dry run answer; rejection reasons are in the reader's language.</summary>
public sealed record ImportReport(
    string? Id,
    ImportState State,
    bool DryRun,
    int Rows,
    int Read,
    int Imported,
    int Merged,
    int Rejected,
    double Progress,
    IReadOnlyList<ImportReport.RejectedRow> Rejections)
{
    public sealed record RejectedRow(int Line, string Reason);
}
