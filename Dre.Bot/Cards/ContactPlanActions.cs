using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>
/// The buttons of a contact still ahead (move, cancel) or whose time just came (mark held with its outcome). Each
/// carries the version the card shows, so that a press on an old card meets the same If-Match as the API.
/// </summary>
public static class ContactPlanActions
{
    public const string OutcomeInput = "planOutcome";
    public const string DateInput = "planDate";
    public const string TimeInput = "planTime";

    public static IEnumerable<JsonNode?> For(Contact contact, CardContext context)
    {
        if (contact.Status != ContactStatus.Logged || contact.Version is not { } version)
        {
            yield break;
        }

        var t = context.Texts;
        JsonObject Data() => new() { ["contactId"] = contact.Id, ["version"] = version };
        if (contact.IsPlannedAt(context.Now))
        {
            var day = Core.Localization.ParisTime.ToParis(contact.Start);
            var date = new JsonObject { ["type"] = "Input.Date", ["id"] = DateInput, ["label"] = t.NewDate, ["isRequired"] = true, ["errorMessage"] = t.InvalidDate, ["value"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            var time = new JsonObject { ["type"] = "Input.Time", ["id"] = TimeInput, ["label"] = t.Time, ["value"] = day.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) };
            yield return ShowCard(t.MoveContact, Card([date, time], [Submit(t.Save, BotAction.MoveContact, Data(), validate: true)]));
            yield return ShowCard(t.CancelContact, Card([Text(t.CancelQuestion)], [Submit(t.ConfirmCancel, BotAction.CancelContact, Data())]));
        }
        else if (context.Now - contact.Start <= ContactLimits.LongestContact)
        {
            var outcome = new JsonObject { ["type"] = "Input.Text", ["id"] = OutcomeInput, ["label"] = t.OutcomeLabel, ["isMultiline"] = true, ["isRequired"] = true, ["maxLength"] = ContactLimits.Outcome, ["errorMessage"] = t.OutcomeRequired };
            yield return ShowCard(t.MarkHeld, Card([outcome], [Submit(t.Save, BotAction.HoldContact, Data(), validate: true)]));
        }
    }

    /// <summary>What the status fact says: planned, held or cancelled; nothing for a contact simply logged after the fact.</summary>
    public static string StatusText(Contact contact, CardContext context) => contact.Status switch
    {
        ContactStatus.Logged => contact.Start > context.Now ? context.Texts.Planned : "",
        var status => context.Texts.ContactStatusName(status),
    };
}
