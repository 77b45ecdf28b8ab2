using Dre.Core.Contacts;
using Dre.Core.Partners;
using Dre.Core.Storage;
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
            var (outcomes, rejections) = await RunBatchAsync(batch, job, resumed, o.Parallelism, cancellationToken);
            await jobs.AddRejectionsAsync(job.Id, rejections, cancellationToken);
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

    /// <summary>
    /// The rows of one checkpoint, logged together: the new contacts in one batched write of the store, which writes each
    /// stage (journal, contacts, indexes, audit) for all of them before the next, so that the checkpoint after it counts
    /// only rows whose writes are complete.
    /// </summary>
    private async Task<(Outcome[] Outcomes, List<ImportRejection> Rejections)> RunBatchAsync(List<ImportRow> batch, ImportJob job, bool resumed, int parallelism, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var now = time.GetUtcNow();
        var parsed = batch.Select(r => ImportRowParser.Parse(r, snapshot, job.User, now)).ToList();
        var drafts = parsed.Select((p, i) => (Index: i, p.Draft)).Where(d => d.Draft is not null).ToList();
        var logged = await contacts.LogManyAsync(drafts.Select(d => d.Draft!).ToList(), job.User, parallelism, cancellationToken);
        var outcomes = new Outcome[batch.Count];
        var rejections = new List<ImportRejection>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (parsed[i].Rejection is { } rejection)
            {
                outcomes[i] = Outcome.Rejected;
                rejections.Add(rejection);
            }
        }

        foreach (var ((index, _), outcome) in drafts.Zip(logged))
        {
            if (outcome.Logged is { } result)
            {
                outcomes[index] = !result.AlreadyLogged || (resumed && MadeByThisJob(result, job)) ? Outcome.Imported : Outcome.Merged;
            }
            else
            {
                outcomes[index] = Outcome.Rejected;
                rejections.Add(new ImportRejection(batch[index].Line, ImportProblem.Invalid, string.Join(", ", outcome.Refused!.Errors.Keys)));
            }
        }

        return (outcomes, rejections);
    }

    /// <summary>A contact this job's dead worker stored after its last checkpoint: first logged by the job's owner since the job was made.</summary>
    private static bool MadeByThisJob(LogResult result, ImportJob job) =>
        result.LoggedBefore is [var first, ..] && first.UserId == job.User.UserId && first.At >= job.CreatedAt;
}
