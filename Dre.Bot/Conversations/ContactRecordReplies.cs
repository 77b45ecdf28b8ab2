using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Core.Audit;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Validation;

namespace Dre.Bot.Conversations;

/// <summary>
/// A contact's record from its card: its history, rendered for the conversation's audience as every answer is, and its
/// deletion. Who may do either is the Core services' rule (the API's own), never decided here.
/// </summary>
public sealed class ContactRecordReplies(ContactDeletions deletions, ContactHistory history, ContactService contacts, ContactReplies shown, AudienceReplies audience)
{
    /// <summary>Deletes with the version the card showed and puts a "removed" card in its place; a stale card shows the contact as it is now.</summary>
    public async Task DeleteAsync(BotTurn turn, string contactId, string version, CancellationToken cancellationToken)
    {
        try
        {
            await deletions.DeleteAsync(contactId, version, turn.User, ChangeOrigin.Bot, cancellationToken);
        }
        catch (NotFoundException)
        {
            await turn.SayAsync(turn.Texts.NotFound, cancellationToken);
            return;
        }
        catch (ForbiddenException)
        {
            // Thrown only to someone who sees the contact: the refusal says nothing a 404 would have hidden.
            await turn.SayAsync(turn.Texts.NotAllowedDelete, cancellationToken);
            return;
        }
        catch (VersionConflictException)
        {
            await shown.ShowAsync(turn, contactId, replace: true, cancellationToken);
            await turn.SayAsync(turn.Texts.ContactChangedMeanwhile, cancellationToken);
            return;
        }

        // The same card for every reader: nothing of the contact is left to render for anyone.
        await audience.SendAsync(turn, _ => Task.FromResult(ContactSummaryCard.Removed(turn.Cards)), replace: true, cancellationToken);
        await turn.SayAsync(turn.Texts.ContactDeleted, cancellationToken);
    }

    /// <summary>False when nobody in the conversation, the asker included, may read the contact's history.</summary>
    public Task<bool> SendHistoryAsync(BotTurn turn, string contactId, CancellationToken cancellationToken)
    {
        async Task<IReadOnlyList<JsonObject>> CardFor(UserContext reader)
        {
            IReadOnlyList<AuditEntry> entries;
            try
            {
                entries = await history.ReadAsync(contactId, reader, cancellationToken);
            }
            catch (Exception e) when (e is NotFoundException or InputException)
            {
                return [];
            }

            return [ContactHistoryCard.Build(await SubjectAsync(contactId, reader, cancellationToken), entries, turn.Cards)];
        }

        return audience.SendAsync(turn, CardFor, replace: false, cancellationToken);
    }

    /// <summary>The subject as this reader sees the contact; none once it is deleted (its history stays for its loggers and officers).</summary>
    private async Task<string?> SubjectAsync(string contactId, UserContext reader, CancellationToken cancellationToken)
    {
        try
        {
            return (await contacts.GetAsync(contactId, reader, cancellationToken)).Subject;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
