using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Bot.Conversations.Handlers;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Validation;

namespace Dre.Bot.Conversations;

/// <summary>One contact shown for the conversation's audience, and the plan changes pressed on its card.</summary>
public sealed class ContactReplies(ContactService contacts, ContactPlans plans, AudienceReplies audience)
{
    /// <summary>Shown in the conversation if everyone there may see it, else to whoever pressed, if they may; false when nobody may.</summary>
    public Task<bool> ShowAsync(BotTurn turn, string contactId, bool replace, CancellationToken cancellationToken)
    {
        async Task<IReadOnlyList<JsonObject>> CardFor(UserContext reader)
        {
            try
            {
                var contact = await contacts.GetAsync(contactId, reader, cancellationToken);
                return [ContactCard.Build(contact, turn.Cards, canDelete: ContactDeletions.MayDelete(reader, contact))];
            }
            catch (Exception e) when (e is NotFoundException or InputException)
            {
                return [];
            }
        }

        return audience.SendAsync(turn, CardFor, replace, cancellationToken);
    }

    /// <summary>
    /// Applies a held/move/cancel press with the version its card showed, then shows the contact as it is now in place
    /// of the card pressed (rendered for the audience, as every answer here is). False when the data is not a contact's.
    /// </summary>
    public async Task<bool> ChangePlanAsync(BotTurn turn, CardSubmit submit, Func<ContactPlans, string, string, Task<Contact>> change, Func<Contact, string> done, CancellationToken cancellationToken)
    {
        if (submit.Text("contactId", 1_000) is not { } contactId || submit.Text("version") is not { } version)
        {
            return false;
        }

        string said;
        try
        {
            said = done(await change(plans, contactId, version));
        }
        catch (NotFoundException)
        {
            await turn.SayAsync(turn.Texts.NotFound, cancellationToken);
            return true;
        }
        catch (ForbiddenException)
        {
            await turn.SayAsync(turn.Texts.NotAllowedPlan, cancellationToken);
            return true;
        }
        catch (VersionConflictException)
        {
            said = turn.Texts.ContactChangedMeanwhile;
        }
        catch (InputException e) when (e.Errors.Keys.FirstOrDefault() is { } field && field != "status")
        {
            // The card is left as it was, with what was typed in it, to be corrected.
            await turn.SayAsync(turn.Texts.PlanRefused(field), cancellationToken);
            return true;
        }
        catch (InputException)
        {
            said = turn.Texts.PlanRefused("status");
        }

        await ShowAsync(turn, contactId, replace: true, cancellationToken);
        await turn.SayAsync(said, cancellationToken);
        return true;
    }
}
