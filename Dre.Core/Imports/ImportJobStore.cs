using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Identity;
using Dre.Core.Storage;

namespace Dre.Core.Imports;

/// <summary>
/// The Imports table: per job one partition with the job's row, the file in chunks (a table property holds 64 KiB),
/// the rejected rows, and the claim of the worker that runs it. The chunks are stored before the job's row, so that a
/// job a worker finds always has its whole file.
/// </summary>
public sealed class ImportJobStore(StoreTables tables)
{
    private const string JobRow = "job";
    private const string ChunkPrefix = "chunk-";
    private const string RejectionPrefix = "rejection-";

    /// <summary>A batch holds at most 100 operations and 4 MiB: 50 chunks of 60 KB stay under both.</summary>
    private const int ChunksPerBatch = 50;

    public const string ClaimRow = "claim";

    public TableClient Table { get; } = tables.Table(StoreTables.ImportsTable);

    public async Task CreateAsync(ImportJob job, string text, CancellationToken cancellationToken = default)
    {
        var chunks = text.Chunk(ImportLimits.ChunkChars)
            .Select((c, i) => new TableEntity(job.Id, ChunkPrefix + i.ToString("D5", CultureInfo.InvariantCulture)) { ["Text"] = new string(c) })
            .ToList();
        foreach (var batch in chunks.Chunk(ChunksPerBatch))
        {
            await Table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        }

        await Table.AddEntityAsync(ToEntity(job with { Chunks = chunks.Count }), cancellationToken);
    }

    public async Task<ImportJob?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(id, JobRow, cancellationToken: cancellationToken);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    public async Task<string> TextAsync(ImportJob job, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {job.Id} and RowKey ge {ChunkPrefix} and RowKey lt {"chunk."}");
        var parts = await Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).Select(e => e.GetString("Text")).ToListAsync(cancellationToken);
        return parts.Count == job.Chunks ? string.Concat(parts) : throw new InvalidOperationException($"Import {job.Id} has {parts.Count} of its {job.Chunks} chunks.");
    }

    /// <summary>Records the counts and how far the run got, in one write of the job's row.</summary>
    public Task CheckpointAsync(ImportJob job, CancellationToken cancellationToken = default) =>
        Table.UpdateEntityAsync(ToEntity(job), ETag.All, TableUpdateMode.Merge, cancellationToken);

    /// <summary>Upserts, keyed by line: rejecting a row again on a resumed run rewrites the same row.</summary>
    public async Task AddRejectionsAsync(string jobId, IReadOnlyList<ImportRejection> rejections, CancellationToken cancellationToken = default)
    {
        foreach (var batch in rejections.Chunk(100))
        {
            await Table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(jobId, RejectionPrefix + r.Line.ToString("D7", CultureInfo.InvariantCulture))
            {
                ["Line"] = r.Line,
                ["Problem"] = r.Problem.ToString(),
                ["Detail"] = r.Detail,
            })), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<ImportRejection>> RejectionsAsync(string jobId, int max, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {jobId} and RowKey ge {RejectionPrefix} and RowKey lt {"rejection."}");
        return await Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)
            .Take(max)
            .Select(e => new ImportRejection(e.GetInt32("Line") ?? 0, Enum.Parse<ImportProblem>(e.GetString("Problem")), e.GetString("Detail") ?? ""))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The ids of the jobs not completed. Imports are few (officers run them by hand), so a filter over the table is cheap.</summary>
    public IAsyncEnumerable<string> UnfinishedAsync(CancellationToken cancellationToken = default) =>
        Table.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"RowKey eq {JobRow} and State ne {nameof(ImportState.Completed)}"),
                select: ["PartitionKey"],
                cancellationToken: cancellationToken)
            .Select(e => e.PartitionKey);

    private static TableEntity ToEntity(ImportJob job) => new(job.Id, JobRow)
    {
        ["UserId"] = job.User.UserId,
        ["UserName"] = job.User.Name,
        ["UserEmail"] = job.User.Email,
        ["UserOtherAddresses"] = string.Join(',', job.User.OtherAddresses),
        ["Roles"] = string.Join(',', job.User.Roles),
        ["FileName"] = job.FileName,
        ["CreatedAt"] = job.CreatedAt,
        ["Rows"] = job.Rows,
        ["Chunks"] = job.Chunks,
        ["State"] = job.State.ToString(),
        ["Done"] = job.Done,
        ["Imported"] = job.Imported,
        ["Merged"] = job.Merged,
        ["Rejected"] = job.Rejected,
        ["FinishedAt"] = job.FinishedAt,
    };

    private static ImportJob FromEntity(TableEntity e) => new()
    {
        Id = e.PartitionKey,
        User = new UserContext(
            e.GetString("UserId"),
            e.GetString("UserName"),
            e.GetString("UserEmail"),
            (e.GetString("Roles") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Role>).ToHashSet())
        {
            OtherAddresses = e.GetString("UserOtherAddresses")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [],
        },
        FileName = e.GetString("FileName"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        Rows = e.GetInt32("Rows") ?? 0,
        Chunks = e.GetInt32("Chunks") ?? 0,
        State = Enum.Parse<ImportState>(e.GetString("State")),
        Done = e.GetInt32("Done") ?? 0,
        Imported = e.GetInt32("Imported") ?? 0,
        Merged = e.GetInt32("Merged") ?? 0,
        Rejected = e.GetInt32("Rejected") ?? 0,
        FinishedAt = e.GetDateTimeOffset("FinishedAt"),
    };
}
