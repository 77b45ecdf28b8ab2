using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>What the contact form holds, as typed: kept as text so that a refused form comes back exactly as the user left it.</summary>
public sealed record ContactFormValues
{
    public string? PartnerId { get; init; }
    public string? Kind { get; init; }
    public string? Date { get; init; }
    public string? Time { get; init; }
    public string? CoeParticipants { get; init; }
    public string? PartnerParticipants { get; init; }
    public string? Subject { get; init; }
    public string? Summary { get; init; }
    public string? Topics { get; init; }
    public string? FollowUps { get; init; }
    public string? Confidentiality { get; init; }
}

/// <summary>The "log a contact" form. Its submit data carries a form id generated when the form is made: one form logs one contact.</summary>
public static class ContactFormCard
{
    public const string PartnerInput = "partner";
    public const string KindInput = "kind";
    public const string DateInput = "date";
    public const string TimeInput = "time";
    public const string CoeInput = "coeParticipants";
    public const string TheirsInput = "partnerParticipants";
    public const string SubjectInput = "subject";
    public const string SummaryInput = "summary";
    public const string TopicsInput = "topics";
    public const string FollowUpsInput = "followUps";
    public const string ConfidentialityInput = "confidentiality";
    public const string FormIdKey = "formId";

    /// <summary>
    /// The Teams typeahead dataset answered by the bot's application/search invoke. Teams reads choices.data with Data.Query
    /// from cards of version 1.2 on, so the form declares 1.5 like every other card: the highest version Teams renders.
    /// </summary>
    public const string PartnersDataset = "partners";

    /// <summary>Offered before anything is typed: the main organisations; typing searches the whole directory.</summary>
    private const int InitialChoices = 8;

    /// <param name="errors">Messages by input id (already in the user's language); "" holds messages about the whole form.</param>
    public static JsonObject Build(string formId, ContactFormValues values, IReadOnlyDictionary<string, IReadOnlyList<string>> errors, CardContext context)
    {
        var t = context.Texts;
        var body = new List<JsonNode?> { Heading(t.LogContactTitle) };
        if (errors.Count > 0)
        {
            body.Add(Text(t.FixErrors, color: "Attention", weight: "Bolder"));
            body.AddRange(ErrorsFor("", errors));
        }

        var selected = values.PartnerId is { } partnerId ? context.Partners.Find(partnerId) : null;
        var initial = context.Partners.Partners.Where(p => p.Kind == Dre.Core.Partners.PartnerKind.Organisation && p.ParentId is null).Take(InitialChoices);
        var partnerChoices = new JsonArray([.. (selected is null ? initial : initial.Prepend(selected)).DistinctBy(p => p.Id)
            .Select(p => (JsonNode)Choice(CardText.Plain(p.DisplayName(context.Language), 120), p.Id))]);

        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = PartnerInput,
            ["label"] = t.Partner,
            ["isRequired"] = true,
            ["errorMessage"] = t.Required,
            ["placeholder"] = t.PartnerPlaceholder,
            ["style"] = "filtered",
            ["choices"] = partnerChoices,
            ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = PartnersDataset },
            ["value"] = selected?.Id,
        });
        body.AddRange(ErrorsFor(PartnerInput, errors));
        body.Add(ChoiceSet(KindInput, t.ContactKindLabel, Enum.GetValues<ContactKind>().Select(k => (t.ContactKindName(k), Camel(k))), values.Kind ?? Camel(ContactKind.Meeting), t.Required));
        body.AddRange(ErrorsFor(KindInput, errors));
        body.Add(new JsonObject
        {
            ["type"] = "ColumnSet",
            ["columns"] = new JsonArray(
                Column(new JsonObject { ["type"] = "Input.Date", ["id"] = DateInput, ["label"] = t.Date, ["isRequired"] = true, ["errorMessage"] = t.InvalidDate, ["value"] = Value(values.Date, 10) ?? context.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
                Column(new JsonObject { ["type"] = "Input.Time", ["id"] = TimeInput, ["label"] = t.Time, ["value"] = Value(values.Time, 5) ?? "" })),
        });
        body.AddRange(ErrorsFor(DateInput, errors));
        body.AddRange(ErrorsFor(TimeInput, errors));
        body.Add(TextInput(SubjectInput, t.Subject, values.Subject, ContactLimits.Subject, required: true, errorMessage: t.Required));
        body.AddRange(ErrorsFor(SubjectInput, errors));
        body.Add(TextInput(SummaryInput, t.Summary, values.Summary, ContactLimits.Summary, multiline: true));
        body.AddRange(ErrorsFor(SummaryInput, errors));
        body.Add(TextInput(CoeInput, t.CoeParticipants, values.CoeParticipants, 8_000, multiline: true));
        body.AddRange(ErrorsFor(CoeInput, errors));
        body.Add(TextInput(TheirsInput, t.PartnerParticipants, values.PartnerParticipants, 8_000, multiline: true));
        body.AddRange(ErrorsFor(TheirsInput, errors));
        body.Add(TextInput(TopicsInput, t.Topics, values.Topics, 2_000));
        body.AddRange(ErrorsFor(TopicsInput, errors));
        body.Add(TextInput(FollowUpsInput, t.FollowUpsInput, values.FollowUps, 8_000, multiline: true));
        body.AddRange(ErrorsFor(FollowUpsInput, errors));
        body.Add(ChoiceSet(ConfidentialityInput, t.ConfidentialityLabel, Enum.GetValues<Confidentiality>().Select(c => (t.ConfidentialityName(c), Camel(c))), values.Confidentiality ?? Camel(Dre.Core.Contacts.Confidentiality.Internal), t.Required));
        body.AddRange(ErrorsFor(ConfidentialityInput, errors));

        var data = new JsonObject { [FormIdKey] = formId, ["lang"] = context.Language == Dre.Core.Partners.Language.French ? "fr" : "en" };
        return Card(body, [Submit(t.Submit, BotAction.SubmitContact, data, validate: true)]);
    }

    private static IEnumerable<JsonNode> ErrorsFor(string input, IReadOnlyDictionary<string, IReadOnlyList<string>> errors) =>
        errors.TryGetValue(input, out var messages) ? messages.Take(5).Select(m => (JsonNode)Error(CardText.Clean(m, 300))) : [];

    private static JsonObject TextInput(string id, string label, string? value, int maxLength, bool multiline = false, bool required = false, string? errorMessage = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["maxLength"] = maxLength };
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = errorMessage;
        }

        if (Value(value, maxLength) is { } kept)
        {
            input["value"] = kept;
        }

        return input;
    }

    private static JsonObject ChoiceSet(string id, string label, IEnumerable<(string Title, string Value)> choices, string value, string errorMessage) => new()
    {
        ["errorMessage"] = errorMessage,
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["style"] = "compact",
        ["isRequired"] = true,
        ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)Choice(c.Title, c.Value))]),
        ["value"] = value,
    };

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static JsonObject Column(JsonObject item) => new() { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(item) };

    /// <summary>A value put back into an input: no control characters but line breaks, and no longer than the input accepts.</summary>
    private static string? Value(string? value, int maxLength) => string.IsNullOrEmpty(value) ? null : CardText.Plain(value, maxLength).TrimEnd('…');

    private static string Camel<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
