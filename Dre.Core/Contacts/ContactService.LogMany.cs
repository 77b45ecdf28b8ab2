using Dre.Core.Identity;
using Dre.Core.Validation;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>A draft's log among many: the result, or what the draft breaks of the rules of contacts.</summary>
public sealed record LogOutcome(LogResult? Logged, InputException? Refused);

public sealed partial class ContactService
{
    /// <summary>
    /// Logs many drafts of one person (an import's chunk): the new contacts through one batched write of the store, those
    /// already there (a re-run, a resumed job, two drafts of one meeting) then through <see cref="LogAsync(ContactDraft, UserContext, CancellationToken)"/>,
    /// which merges them. The outcomes are in the drafts' order.
    /// </summary>
    public async Task<IReadOnlyList<LogOutcome>> LogManyAsync(IReadOnlyList<ContactDraft> drafts, UserContext user, int parallelism, CancellationToken cancellationToken = default)
    {
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var now = time.GetUtcNow();
        var outcomes = new LogOutcome[drafts.Count];
        var fresh = new List<(int Index, Contact Contact)>();
        for (var i = 0; i < drafts.Count; i++)
        {
            try
            {
                fresh.Add((i, WithCreation(Created(drafts[i], user, now, snapshot), user, now)));
            }
            catch (InputException e)
            {
                outcomes[i] = new LogOutcome(null, e);
            }
        }

        var added = await store.TryAddManyAsync(fresh.Select(f => f.Contact).ToList(), parallelism, cancellationToken);
        var again = new List<int>();
        foreach (var ((index, _), stored) in fresh.Zip(added))
        {
            if (stored is null)
            {
                again.Add(index);
                continue;
            }

            logger.LogInformation("Contact {ContactId} logged by {UserId} from {Source}", stored.Id, user.UserId, stored.Source);
            metrics.ContactLogged(stored.Source.ToString(), merged: false);
            outcomes[index] = new LogOutcome(new LogResult(stored, AlreadyLogged: false, LoggedBefore: []), null);
        }

        await Parallel.ForEachAsync(again, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (i, token) =>
        {
            try
            {
                outcomes[i] = new LogOutcome(await LogAsync(drafts[i], user, token), null);
            }
            catch (InputException e)
            {
                outcomes[i] = new LogOutcome(null, e);
            }
        });
        return outcomes;
    }
}
