using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Validation;

namespace Dre.Core.Contacts;

/// <summary>Turns a caller's draft into a valid contact, or reports every field that is wrong.</summary>
public static class ContactFactory
{
    public static Contact Create(ContactDraft draft, UserContext user, DateTimeOffset now, Func<string, bool> partnerExists)
    {
        var errors = new InputErrors();
        var source = draft.Source ?? ContactSource.Api;
        var kind = draft.Kind ?? (source == ContactSource.OutlookEmail ? ContactKind.Email : null);
        if (kind is null)
        {
            errors.Add("kind", "kind is required.");
        }

        var start = ValidStart(errors, draft.Start, now);
        if (draft.End is { } end && start is { } s && (end < s || end - s > ContactLimits.LongestContact))
        {
            errors.Add("end", "end must be after start and at most 14 days later.");
        }

        var partnerIds = PartnerIds(errors, draft.PartnerIds, partnerExists);
        var subject = errors.Line("subject", draft.Subject, ContactLimits.Subject, required: true);
        var summary = errors.Text("summary", draft.Summary, ContactLimits.Summary);
        var outcome = errors.Text("outcome", draft.Outcome, ContactLimits.Outcome);
        var topics = Topics(errors, draft.Topics);
        var coe = CoeParticipants(errors, draft.CoeParticipants);
        var theirs = PartnerParticipants(errors, draft.PartnerParticipants, partnerExists);
        var followUps = FollowUps(errors, draft.FollowUps);

        foreach (var (field, value) in new[] { ("iCalUid", draft.ICalUid), ("internetMessageId", draft.InternetMessageId) })
        {
            errors.Line(field, value, ContactLimits.SourceId);
        }

        var sourceKey = SourceKey.For(source, draft.ICalUid, draft.OccurrenceStart, draft.InternetMessageId, draft.ImportKey);
        if (source is ContactSource.OutlookMeeting && sourceKey is null)
        {
            errors.Add("iCalUid", "iCalUid is required for an Outlook meeting.");
        }
        else if (source is ContactSource.OutlookEmail && sourceKey is null)
        {
            errors.Add("internetMessageId", "internetMessageId is required for an Outlook e-mail.");
        }

        errors.ThrowIfAny();

        return new Contact
        {
            Id = sourceKey is null ? "c" + Guid.CreateVersion7(now).ToString("N") : IdFor(sourceKey),
            Kind = kind!.Value,
            Start = start!.Value,
            End = draft.End,
            PartnerIds = partnerIds,
            CoeParticipants = coe,
            PartnerParticipants = theirs,
            Subject = subject!,
            Summary = summary,
            Topics = topics,
            Outcome = outcome,
            FollowUps = followUps,
            Confidentiality = draft.Confidentiality ?? Confidentiality.Internal,
            Source = source,
            SourceKey = sourceKey,
            Loggers = [new LoggedBy(user.UserId, user.Name, now, user.Email)],
        };
    }

    /// <summary>Contacts with a source key get an id derived from it, so that inserting the contact is itself the duplicate check.</summary>
    public static string IdFor(string sourceKey) => "k" + TableKeys.Hash(sourceKey);

    public static DateTimeOffset? ValidStart(InputErrors errors, DateTimeOffset? start, DateTimeOffset now)
    {
        if (start is not { } value)
        {
            errors.Add("start", "start is required.");
            return null;
        }

        if (value < ContactLimits.Earliest || value > now + ContactLimits.FurthestAhead)
        {
            errors.Add("start", "start must be between 2000 and two years from now.");
            return null;
        }

        return value;
    }

    public static IReadOnlyList<string> PartnerIds(InputErrors errors, IReadOnlyList<string>? ids, Func<string, bool> partnerExists)
    {
        errors.Count("partnerIds", ids, ContactLimits.Partners, min: 1);
        var valid = new List<string>();
        foreach (var (id, i) in (ids ?? []).Select((id, i) => (id, i)))
        {
            if (!TableKeys.IsValid(id) || !partnerExists(id))
            {
                errors.Add($"partnerIds[{i}]", $"'{Shorten(id)}' is not a known partner.");
            }
            else if (!valid.Contains(id, StringComparer.Ordinal))
            {
                valid.Add(id);
            }
        }

        return valid;
    }

    public static IReadOnlyList<string> Topics(InputErrors errors, IReadOnlyList<string>? topics)
    {
        errors.Count("topics", topics, ContactLimits.Topics);
        return (topics ?? [])
            .Select((t, i) => errors.Line($"topics[{i}]", t, ContactLimits.Topic))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public static IReadOnlyList<CoeParticipant> CoeParticipants(InputErrors errors, IReadOnlyList<CoeParticipant>? people)
    {
        errors.Count("coeParticipants", people, ContactLimits.Participants);
        return (people ?? []).Select((p, i) => new CoeParticipant(
                errors.Line($"coeParticipants[{i}].name", p?.Name, ContactLimits.Name, required: true) ?? "",
                errors.Email($"coeParticipants[{i}].email", p?.Email),
                errors.Line($"coeParticipants[{i}].mae", p?.Mae, ContactLimits.Mae)))
            .ToList();
    }

    public static IReadOnlyList<PartnerParticipant> PartnerParticipants(InputErrors errors, IReadOnlyList<PartnerParticipant>? people, Func<string, bool> partnerExists)
    {
        errors.Count("partnerParticipants", people, ContactLimits.Participants);
        return (people ?? []).Select((p, i) =>
            {
                if (p?.PartnerId is { } id && (!TableKeys.IsValid(id) || !partnerExists(id)))
                {
                    errors.Add($"partnerParticipants[{i}].partnerId", $"'{Shorten(id)}' is not a known partner.");
                }

                return new PartnerParticipant(
                    errors.Line($"partnerParticipants[{i}].name", p?.Name, ContactLimits.Name, required: true) ?? "",
                    errors.Email($"partnerParticipants[{i}].email", p?.Email),
                    p?.PartnerId);
            })
            .ToList();
    }

    public static IReadOnlyList<FollowUp> FollowUps(InputErrors errors, IReadOnlyList<FollowUpDraft>? drafts, string field = "followUps")
    {
        errors.Count(field, drafts, ContactLimits.FollowUps);
        return (drafts ?? []).Select((f, i) => new FollowUp
            {
                Id = Guid.NewGuid().ToString("N")[..12],
                Text = errors.Text($"{field}[{i}].text", f?.Text, ContactLimits.FollowUpText, required: true) ?? "",
                Owner = errors.Email($"{field}[{i}].owner", f?.Owner),
                OwnerName = errors.Line($"{field}[{i}].ownerName", f?.OwnerName, ContactLimits.Name),
                Due = f?.Due is { } due && (due.Year < 2000 || due.Year > 2100) ? Invalid(errors, $"{field}[{i}].due") : f?.Due,
            })
            .ToList();
    }

    private static DateOnly? Invalid(InputErrors errors, string field)
    {
        errors.Add(field, $"{field} must be between 2000 and 2100.");
        return null;
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length > 40 ? text[..40] + "…" : text;
}
