using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Validation;

namespace Dre.Core.Imports;

/// <summary>A row read: the draft to log, or why it is not imported.</summary>
public sealed record ParsedRow(int Line, ContactDraft? Draft, ImportRejection? Rejection);

/// <summary>
/// Turns a row into the draft of an imported contact. The draft is also checked as the log path will check it, so
/// that a dry run refuses exactly the rows a real run would.
/// </summary>
public static class ImportRowParser
{
    public static ParsedRow Parse(ImportRow row, PartnerSnapshot snapshot, UserContext user, DateTimeOffset now)
    {
        var rejection = Check(row, snapshot, out var draft);
        if (rejection is null)
        {
            try
            {
                ContactFactory.Create(draft!, user, now, snapshot.Exists);
            }
            catch (InputException e)
            {
                rejection = new ImportRejection(row.Line, ImportProblem.Invalid, string.Join(", ", e.Errors.Keys));
            }
        }

        return rejection is null ? new ParsedRow(row.Line, draft, null) : new ParsedRow(row.Line, null, rejection);
    }

    private static ImportRejection? Check(ImportRow row, PartnerSnapshot snapshot, out ContactDraft? draft)
    {
        draft = null;
        ImportRejection Reject(ImportProblem problem, string detail) => new(row.Line, problem, detail);
        if (row.Cells.ContainsKey(ImportFile.ExtraCells))
        {
            return Reject(ImportProblem.ExtraCells, "");
        }

        if (ImportColumns.Required.FirstOrDefault(c => row[c] is null) is { } missing)
        {
            return Reject(ImportProblem.Missing, missing);
        }

        if (ImportValues.Date(row[ImportColumns.Date]!) is not { } start)
        {
            return Reject(ImportProblem.BadDate, row[ImportColumns.Date]!);
        }

        if (ImportValues.Kind(row[ImportColumns.Kind]!) is not { } kind)
        {
            return Reject(ImportProblem.BadKind, row[ImportColumns.Kind]!);
        }

        Confidentiality? level = null;
        if (row[ImportColumns.Confidentiality] is { } levelText && (level = ImportValues.Level(levelText)) is null)
        {
            return Reject(ImportProblem.BadConfidentiality, levelText);
        }

        var partnerIds = new List<string>();
        foreach (var name in ImportCells.Names(row[ImportColumns.Partner]))
        {
            var (partner, problem) = PartnerOf(name, snapshot);
            if (partner is null)
            {
                return Reject(problem, name);
            }

            partnerIds.Add(partner.Id);
        }

        var coe = Items(row, ImportColumns.CoeParticipants, i => new CoeParticipant(i.Text, i.Email, i.Tag));
        var theirs = Items(row, ImportColumns.PartnerParticipants, i => new PartnerParticipant(i.Text, i.Email, i.Email is null ? null : snapshot.Domains.Match(i.Email).Partner?.Id));
        var followUps = Items(row, ImportColumns.FollowUps, i => i.Tag is null || ImportValues.Day(i.Tag) is { } ? new FollowUpDraft(i.Text, i.Email, null, i.Tag is null ? null : ImportValues.Day(i.Tag)) : null);
        if ((coe.Bad ?? theirs.Bad ?? followUps.Bad) is { } badColumn)
        {
            return Reject(ImportProblem.BadItem, badColumn);
        }

        var subject = row[ImportColumns.Subject]!;
        draft = new ContactDraft
        {
            Kind = kind,
            Start = start,
            PartnerIds = partnerIds.Distinct(StringComparer.Ordinal).ToList(),
            Subject = subject,
            Summary = row[ImportColumns.Summary],
            CoeParticipants = coe.Items,
            PartnerParticipants = theirs.Items,
            FollowUps = followUps.Items,
            Confidentiality = level,
            Source = ContactSource.Import,
            ImportKey = ImportKey.For(start, partnerIds, subject),
        };
        return null;
    }

    /// <summary>The partner a cell names: its id, an e-mail domain of it, or a name or alias the resolver is sure of.</summary>
    private static (Partner? Partner, ImportProblem Problem) PartnerOf(string name, PartnerSnapshot snapshot)
    {
        if (snapshot.Find(name) is { Archived: false } byId)
        {
            return (byId, default);
        }

        if (!name.Contains(' ', StringComparison.Ordinal) && name.Contains('.', StringComparison.Ordinal)
            && snapshot.Domains.Match("someone@" + name.TrimStart('@')).Partner is { } byDomain)
        {
            return (byDomain, default);
        }

        var resolution = snapshot.Resolver.Resolve(name);
        return resolution.Match is { } match ? (match, default)
            : (null, resolution.Kind == PartnerResolutionKind.Candidates ? ImportProblem.AmbiguousPartner : ImportProblem.UnknownPartner);
    }

    private sealed record ItemList<T>(IReadOnlyList<T> Items, string? Bad);

    private static ItemList<T> Items<T>(ImportRow row, string column, Func<ImportCells.Item, T?> make)
        where T : class
    {
        var items = new List<T>();
        foreach (var text in ImportCells.Split(row[column]))
        {
            if (ImportCells.ParseItem(text) is not { } item || make(item) is not { } made)
            {
                return new ItemList<T>([], column);
            }

            items.Add(made);
        }

        return new ItemList<T>(items, null);
    }
}
