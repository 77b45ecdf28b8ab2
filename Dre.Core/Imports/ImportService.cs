using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Localization;
using Dre.Core.Partners;
using Dre.Core.Validation;

namespace Dre.Core.Imports;

/// <summary>Takes import files from DRE officers: checks them whole, then stores them as jobs for a worker, or only reports (a dry run).</summary>
public sealed class ImportService(ImportJobStore jobs, IContactStore store, IPartnerDirectory directory, ImportSignal signal, TimeProvider time)
{
    /// <summary>Rejected rows a report lists at most; the count has them all.</summary>
    public const int RejectionsListed = 1_000;

    /// <summary>Checks the file and stores it as a job; the job is acknowledged only once its whole file is stored.</summary>
    public async Task<ImportJob> SubmitAsync(byte[] file, string? fileName, UserContext user, CancellationToken cancellationToken = default)
    {
        var (text, rows) = Read(file, user);
        var errors = new InputErrors();
        var name = errors.Line("fileName", fileName, 200);
        errors.ThrowIfAny();
        var now = time.GetUtcNow();
        var job = new ImportJob
        {
            Id = "i" + Guid.CreateVersion7(now).ToString("N"),
            User = user,
            FileName = name,
            CreatedAt = now,
            Rows = rows.Count,
            Chunks = 0,
        };
        await jobs.CreateAsync(job, text, cancellationToken);
        signal.Wake();
        return job;
    }

    /// <summary>What a run would do, without writing anything: rows whose contact exists already count as merged.</summary>
    public async Task<ImportReport> DryRunAsync(byte[] file, UserContext user, Language language, CancellationToken cancellationToken = default)
    {
        var (_, rows) = Read(file, user);
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var now = time.GetUtcNow();
        var parsed = rows.Select(r => ImportRowParser.Parse(r, snapshot, user, now)).ToList();
        var drafts = parsed.Where(p => p.Draft is not null).ToList();
        var existing = 0;
        await Parallel.ForEachAsync(drafts, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (p, token) =>
        {
            if (await store.GetAsync(ImportKey.ContactIdFor(p.Draft!.ImportKey!), token) is { Deletion: null })
            {
                Interlocked.Increment(ref existing);
            }
        });
        var rejections = parsed.Select(p => p.Rejection).OfType<ImportRejection>().ToList();
        return new ImportReport(null, ImportState.Completed, DryRun: true, rows.Count, rows.Count, drafts.Count - existing, existing, rejections.Count, 1, Listed(rejections, language));
    }

    public async Task<ImportReport> ReportAsync(string id, UserContext user, Language language, CancellationToken cancellationToken = default)
    {
        RequireOfficer(user);
        var job = await jobs.GetAsync(id, cancellationToken) ?? throw new NotFoundException("The import");
        var rejections = await jobs.RejectionsAsync(id, RejectionsListed, cancellationToken);
        var progress = job.Rows == 0 ? 1 : Math.Round((double)job.Done / job.Rows, 3);
        return new ImportReport(job.Id, job.State, DryRun: false, job.Rows, job.Done, job.Imported, job.Merged, job.Rejected, progress, Listed(rejections, language));
    }

    /// <summary>The rows of a file that may be imported at all; a file refused here is refused whole (400 naming <c>file</c>).</summary>
    private (string Text, IReadOnlyList<ImportRow> Rows) Read(byte[] file, UserContext user)
    {
        RequireOfficer(user);
        var text = ImportFile.Decode(file);
        var rows = ImportFile.Rows(text);
        if (rows.Count == 0)
        {
            throw InputException.For("file", "The file has a header and no rows.");
        }

        var latest = time.GetUtcNow() + ImportLimits.FurthestAhead;
        var ahead = rows.Where(r => r[ImportColumns.Date] is { } d && ImportValues.Date(d) > latest).Select(r => r.Line).ToList();
        if (ahead.Count > 0)
        {
            throw InputException.For("file", $"Dates more than a year ahead, on lines {string.Join(", ", ahead.Take(ImportLimits.LinesNamed))}{(ahead.Count > ImportLimits.LinesNamed ? "…" : "")}: an import holds past contacts and those planned within a year.");
        }

        return (text, rows);
    }

    private static void RequireOfficer(UserContext user)
    {
        if (!user.IsDreOfficer)
        {
            throw new ForbiddenException("Only DRE officers import contacts.");
        }
    }

    private static List<ImportReport.RejectedRow> Listed(IEnumerable<ImportRejection> rejections, Language language)
    {
        var texts = Texts.For(language);
        return rejections.OrderBy(r => r.Line).Take(RejectionsListed).Select(r => new ImportReport.RejectedRow(r.Line, texts.ImportRejected(r.Problem, r.Detail))).ToList();
    }
}
