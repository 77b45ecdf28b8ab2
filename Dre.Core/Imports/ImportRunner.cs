using Dre.Core.Contacts;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Dre.Core.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dre.Core.Imports;

/// <summary>
/// Runs a stored job through the contact log path (indexes, journal, outbox and audit with the origin "import"), a
/// checkpoint at a time. The job's claim keeps it to one instance; a worker that takes over a job whose holder died
/// goes on from the last checkpoint, and the rows done since then merge into the contacts they made (their id comes
/// from the row's import key), so nothing is imported twice.
/// </summary>
public sealed class ImportRunner(ImportJobStore jobs, ContactService contacts, IPartnerDirectory directory, TimeProvider time, IOptions<ImportOptions> options, ILogger<ImportRunner> logger)
{
    private readonly LeaseClaims _claims = new(jobs.Table, time);

    private enum Outcome { Imported, Merged, Rejected }

    /// <summary>Runs the job if no other worker holds it; false when it was not this worker's to run.</summary>
    public async Task<bool> TryRunAsync(string jobId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (await _claims.TryClaimAsync(jobId, ImportJobStore.ClaimRow, o.Lease, cancellationToken) != ClaimOutcome.Claimed)
        {
            return false;
        }

        try
        {
            var job = await jobs.GetAsync(jobId, cancellationToken) ?? throw new InvalidOperationException($"Import {jobId} has a claim and no job.");
            await RunAsync(job, o, cancellationToken);
            await _claims.TryCompleteAsync(jobId, ImportJobStore.ClaimRow, CancellationToken.None);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store went away: free the job for the next look rather than holding it to the lease's end.
            logger.LogWarning(e, "Import {JobId} stopped; it goes on from its last checkpoint", jobId);
            await _claims.ReleaseAsync(jobId, ImportJobStore.ClaimRow, CancellationToken.None);
            return false;
        }
    }

    private async Task RunAsync(ImportJob job, ImportOptions o, CancellationToken cancellationToken)
    {
        var rows = ImportFile.Rows(await jobs.TextAsync(job, cancellationToken));
        // A job already running was started by a worker that died: the rows after its checkpoint may be stored already.
        var resumed = job.State == ImportState.Running;
        if (resumed)
        {
            logger.LogInformation("Import {JobId} resumed at row {Done} of {Rows}", job.Id, job.Done, rows.Count);
        }

        job = job with { State = ImportState.Running };
        while (job.Done < rows.Count)
        {
            var batch = rows.Skip(job.Done).Take(o.CheckpointRows).ToList();
            var snapshot = await directory.GetSnapshotAsync(cancellationToken);
            var outcomes = new Outcome[batch.Count];
            var rejections = new ImportRejection?[batch.Count];
            var started = job;
            await Parallel.ForEachAsync(Enumerable.Range(0, batch.Count), new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = cancellationToken }, async (i, token) =>
                (outcomes[i], rejections[i]) = await RunRowAsync(batch[i], started, snapshot, resumed, token));
            await jobs.AddRejectionsAsync(job.Id, rejections.OfType<ImportRejection>().ToList(), cancellationToken);
            job = job with
            {
                Done = job.Done + batch.Count,
                Imported = job.Imported + outcomes.Count(x => x == Outcome.Imported),
                Merged = job.Merged + outcomes.Count(x => x == Outcome.Merged),
                Rejected = job.Rejected + outcomes.Count(x => x == Outcome.Rejected),
            };
            await jobs.CheckpointAsync(job, cancellationToken);
            await _claims.RecordProgressAsync(job.Id, ImportJobStore.ClaimRow, job.Done, o.Lease, cancellationToken);
            resumed = false;
        }

        await jobs.CheckpointAsync(job with { State = ImportState.Completed, FinishedAt = time.GetUtcNow() }, cancellationToken);
        logger.LogInformation("Import {JobId} done: {Imported} imported, {Merged} merged, {Rejected} rejected", job.Id, job.Imported, job.Merged, job.Rejected);
    }

    private async Task<(Outcome, ImportRejection?)> RunRowAsync(ImportRow row, ImportJob job, PartnerSnapshot snapshot, bool resumed, CancellationToken cancellationToken)
    {
        var parsed = ImportRowParser.Parse(row, snapshot, job.User, time.GetUtcNow());
        if (parsed.Draft is null)
        {
            return (Outcome.Rejected, parsed.Rejection);
        }

        try
        {
            var result = await contacts.LogAsync(parsed.Draft, job.User, cancellationToken);
            return (!result.AlreadyLogged || (resumed && MadeByThisJob(result, job)) ? Outcome.Imported : Outcome.Merged, null);
        }
        catch (InputException e)
        {
            return (Outcome.Rejected, new ImportRejection(row.Line, ImportProblem.Invalid, string.Join(", ", e.Errors.Keys)));
        }
    }

    /// <summary>A contact this job's dead worker stored after its last checkpoint: first logged by the job's owner since the job was made.</summary>
    private static bool MadeByThisJob(LogResult result, ImportJob job) =>
        result.LoggedBefore is [var first, ..] && first.UserId == job.User.UserId && first.At >= job.CreatedAt;
}
