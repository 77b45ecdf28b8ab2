using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>
/// The buttons about a contact's record rather than its plan: its history, for whoever sees the card, and deleting it,
/// for whoever may (the service refuses anyone else anyway). Delete carries the version the card shows, as the plan's
/// buttons do, so that a contact changed since is not deleted unseen.
/// </summary>
public static class ContactRecordActions
{
    public static IEnumerable<JsonNode?> For(Contact contact, CardContext context, bool canDelete)
    {
        var t = context.Texts;
        yield return Submit(t.History, BotAction.ContactHistory, new JsonObject { ["contactId"] = contact.Id });
        if (canDelete && contact.Version is { } version)
        {
            var confirm = Submit(t.ConfirmDelete, BotAction.DeleteContact, new JsonObject { ["contactId"] = contact.Id, ["version"] = version });
            yield return ShowCard(t.DeleteContact, Card([Text(t.DeleteQuestion)], [confirm]));
        }
    }
}
