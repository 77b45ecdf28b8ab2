using Dre.Core.Localization;
using System.Globalization;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Conversations;

/// <summary>Turns a submitted contact form into a draft for the contact service, and the service's field errors back into the form's inputs.</summary>
public static class ContactFormReader
{
    public static ContactFormValues Values(JObject submitted) => new()
    {
        PartnerId = Str(submitted, ContactFormCard.PartnerInput),
        Kind = Str(submitted, ContactFormCard.KindInput),
        Date = Str(submitted, ContactFormCard.DateInput),
        Time = Str(submitted, ContactFormCard.TimeInput),
        CoeParticipants = Str(submitted, ContactFormCard.CoeInput),
        PartnerParticipants = Str(submitted, ContactFormCard.TheirsInput),
        Subject = Str(submitted, ContactFormCard.SubjectInput),
        Summary = Str(submitted, ContactFormCard.SummaryInput),
        Topics = Str(submitted, ContactFormCard.TopicsInput),
        FollowUps = Str(submitted, ContactFormCard.FollowUpsInput),
        Confidentiality = Str(submitted, ContactFormCard.ConfidentialityInput),
    };

    /// <summary>The draft, or the errors (by input id, in the user's language) of what could not even be read.</summary>
    public static (ContactDraft? Draft, Dictionary<string, List<string>> Errors) ToDraft(ContactFormValues values, Texts texts)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string input, string message) => (errors.TryGetValue(input, out var list) ? list : errors[input] = []).Add(message);

        ContactKind? kind = Enum.TryParse<ContactKind>(values.Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;
        Confidentiality? confidentiality = Enum.TryParse<Confidentiality>(values.Confidentiality, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : null;
        if (values.Kind is not null && kind is null)
        {
            Add(ContactFormCard.KindInput, texts.Required);
        }

        DateTimeOffset? start = null;
        if (!DateOnly.TryParseExact(values.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Add(ContactFormCard.DateInput, texts.InvalidDate);
        }
        else if (string.IsNullOrWhiteSpace(values.Time))
        {
            start = ParisTime.At(day, new TimeOnly(12, 0));
        }
        else if (TimeOnly.TryParseExact(values.Time.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            start = ParisTime.At(day, time);
        }
        else
        {
            Add(ContactFormCard.TimeInput, texts.InvalidTime);
        }

        var coe = Lines(values.CoeParticipants, ContactFormCard.CoeInput, 3, texts, Add).Select(p => new CoeParticipant(p[0], At(p, 1), At(p, 2))).ToList();
        var theirs = Lines(values.PartnerParticipants, ContactFormCard.TheirsInput, 2, texts, Add).Select(p => new PartnerParticipant(p[0], At(p, 1), values.PartnerId)).ToList();
        var followUps = Lines(values.FollowUps, ContactFormCard.FollowUpsInput, 3, texts, Add).Select((f, i) =>
        {
            DateOnly? due = null;
            if (At(f, 2) is { } dueText)
            {
                if (DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    due = d;
                }
                else
                {
                    Add(ContactFormCard.FollowUpsInput, texts.InvalidLine(i + 1) + " " + texts.InvalidDate);
                }
            }

            return new FollowUpDraft(f[0], At(f, 1), null, due);
        }).ToList();

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ContactDraft
        {
            Kind = kind,
            Start = start,
            PartnerIds = values.PartnerId is { Length: > 0 } id ? [id] : [],
            CoeParticipants = coe,
            PartnerParticipants = theirs,
            Subject = values.Subject,
            Summary = values.Summary,
            Topics = values.Topics?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            FollowUps = followUps,
            Confidentiality = confidentiality,
            Source = ContactSource.Teams,
        }, errors);
    }

    /// <summary>The contact service names fields as its API does ("partnerIds[0]", "followUps[1].owner"); the form has one input for each group.</summary>
    public static Dictionary<string, List<string>> ToInputs(IDictionary<string, string[]> serviceErrors, Texts texts)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (field, messages) in serviceErrors)
        {
            var root = field.Split('[', '.')[0];
            var input = root switch
            {
                "partnerIds" => ContactFormCard.PartnerInput,
                "kind" => ContactFormCard.KindInput,
                "start" or "end" => ContactFormCard.DateInput,
                "coeParticipants" => ContactFormCard.CoeInput,
                "partnerParticipants" => ContactFormCard.TheirsInput,
                "subject" => ContactFormCard.SubjectInput,
                "summary" => ContactFormCard.SummaryInput,
                "topics" => ContactFormCard.TopicsInput,
                "followUps" => ContactFormCard.FollowUpsInput,
                "confidentiality" => ContactFormCard.ConfidentialityInput,
                _ => "",
            };
            var list = errors.TryGetValue(input, out var existing) ? existing : errors[input] = [];
            list.AddRange(messages.Select(m => texts.FieldError(m)));
        }

        return errors;
    }

    private static IEnumerable<string[]> Lines(string? text, string input, int maxParts, Texts texts, Action<string, string> addError)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length > maxParts || parts[0].Length == 0)
            {
                addError(input, texts.InvalidLine(i + 1));
                continue;
            }

            yield return parts;
        }
    }

    private static string? At(string[] parts, int index) => parts.Length > index && parts[index].Length > 0 ? parts[index] : null;

    // Longer than any field accepts, so that the service, not a silent cut, reports a value that is too long.
    private static string? Str(JObject o, string key) => SubmitData.Text(o, key, 100_000);
}
