using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Dre.Core.Notifications;
using Dre.Core.Storage;

namespace Dre.Core.Tests.Storage;

/// <summary>
/// What readers find of the contacts in a store, as problems in words (none when all is well). Two views: the lists
/// read through the store as the API reads them, for one contact; and the tables read whole, for all of them, against
/// the rows each stored contact should have, which is what shows a row left behind or one too many.
/// </summary>
internal sealed class ContactAudit(StoreInstance store)
{
    private static readonly string[] IndexTables = [ContactIndexes.ByPartner, ContactIndexes.ByWeek, ContactIndexes.FollowUps];

    /// <summary>The stored contact is found in each of its partners' lists, in its week's, and each open follow-up in each of its lists: once.</summary>
    public async Task<List<string>> ListedOnceAsync(Contact contact)
    {
        var problems = new List<string>();
        var id = contact.Id;
        foreach (var partnerId in contact.PartnerIds)
        {
            var listed = store.Contacts.ListByPartnerAsync(partnerId, ContactLimits.Earliest, contact.Start.AddHours(1));
            Once(problems, $"{id} in {partnerId}'s contacts", await listed.CountAsync(s => s.ContactId == id));
        }

        var week = store.Contacts.ListByPeriodAsync(contact.Start.AddHours(-1), contact.Start.AddHours(1));
        Once(problems, $"{id} in its week", await week.CountAsync(s => s.ContactId == id));
        foreach (var followUp in contact.FollowUps.Where(f => !f.Done))
        {
            foreach (var partition in ListsOf(contact, followUp))
            {
                var open = store.Contacts.ListOpenFollowUpsAsync(partition);
                Once(problems, $"{id}'s follow-up in {partition}", await open.CountAsync(f => f.ContactId == id && f.FollowUpId == followUp.Id));
            }
        }

        var outbox = await store.Tables.Table(StoreTables.OutboxTable).GetEntityIfExistsAsync<TableEntity>(TableOutbox.Partition, id);
        if (!outbox.HasValue || outbox.Value!.GetInt32("Revision") != contact.Revision)
        {
            problems.Add($"{id}: no outbox row for revision {contact.Revision}");
        }

        return problems;
    }

    /// <summary>
    /// Every index row is one that a stored contact has, of its stored revision, and every such row is there; every
    /// stored contact has its outbox row and no other is queued; no journal row is left.
    /// </summary>
    public async Task<List<string>> TablesAsync()
    {
        var rows = await store.Tables.Contacts.QueryAsync<TableEntity>().ToListAsync();
        var contacts = rows.Where(r => !ContactJournal.IsMarker(r)).Select(ContactEntity.To).ToList();
        var expected = contacts.SelectMany(c => ContactIndexes.Of(c).Select(r => (r.Key, c.Revision))).ToDictionary(r => r.Key, r => r.Revision);
        var problems = new List<string>();
        foreach (var table in IndexTables)
        {
            // A week's facts row is of the week, not of a contact: its own tests check it.
            await foreach (var row in store.Tables.Table(table).QueryAsync<TableEntity>(r => r.RowKey != WeekFactsRows.RowKey))
            {
                if (table == ContactIndexes.ByPartner && row.RowKey == PartnerTimelineRows.RowKey)
                {
                    problems.AddRange(TimelineProblems(row, contacts));
                    continue;
                }

                if (table == ContactIndexes.FollowUps && row.RowKey == PartnerFollowUpRows.RowKey)
                {
                    problems.AddRange(FollowUpListProblems(row, contacts));
                    continue;
                }

                var key = $"{table}|{row.PartitionKey}|{row.RowKey}";
                if (!expected.Remove(key, out var revision))
                {
                    problems.Add($"row that no stored contact has: {key}");
                }
                else if (row.GetInt32("Revision") != revision)
                {
                    problems.Add($"row of revision {row.GetInt32("Revision")}, not {revision}: {key}");
                }
            }
        }

        problems.AddRange(expected.Keys.Select(key => $"row missing: {key}"));
        var queued = await store.Tables.Table(StoreTables.OutboxTable).QueryAsync<TableEntity>(r => r.PartitionKey == TableOutbox.Partition).Select(r => r.RowKey).ToListAsync();
        problems.AddRange(contacts.Select(c => c.Id).Except(queued).Select(id => $"no outbox row: {id}"));
        problems.AddRange(queued.Except(contacts.Select(c => c.Id)).Select(id => $"outbox row of no stored contact: {id}"));
        // With when it was written, by the service's clock and the store's, since the repair chooses rows by those.
        problems.AddRange((await store.Tables.Journal.QueryAsync<TableEntity>().ToListAsync()).Concat(rows.Where(ContactJournal.IsMarker))
            .Select(r => $"journal row left: {r.RowKey} (written at {r.GetDateTimeOffset("WrittenAt"):O}, stored at {r.Timestamp:O}, now {store.Clock.GetUtcNow():O})"));
        return problems;
    }

    /// <summary>
    /// A partner's timeline row holds, of the stored contacts' rows of that partner, the newest started by the time it was
    /// written and the soonest after, as they are stored now (or it is to be built).
    /// </summary>
    private static IEnumerable<string> TimelineProblems(TableEntity row, IReadOnlyList<Contact> contacts)
    {
        if (row.GetBoolean("Built") != true)
        {
            yield break;
        }

        var at = row.GetDateTimeOffset("WrittenAt")!.Value;
        var rows = contacts.Where(c => ContactIndexes.Of(c).Any(r => r.Table == ContactIndexes.ByPartner && r.PartitionKey == row.PartitionKey))
            .Select(ContactSummary.Of).ToList();
        foreach (var (list, expected, complete) in new[]
        {
            ("Past", rows.Where(c => c.Start <= at).OrderByDescending(c => c.Start).ThenBy(c => c.ContactId, StringComparer.Ordinal).ToList(), row.GetBoolean("PastComplete") == true),
            ("Future", rows.Where(c => c.Start > at).OrderBy(c => c.Start).ThenBy(c => c.ContactId, StringComparer.Ordinal).ToList(), row.GetBoolean("FutureComplete") == true),
        })
        {
            var held = StoreJson.Read<IReadOnlyList<ContactSummary>>(row, list, []);
            var json = held.Select(Json).ToList();
            var wanted = expected.Take(complete ? int.MaxValue : held.Count).Select(Json).ToList();
            if (!json.SequenceEqual(wanted))
            {
                yield return $"timeline of {row.PartitionKey}: {list} holds [{string.Join(", ", held.Select(c => c.ContactId))}], not [{string.Join(", ", expected.Select(c => c.ContactId))}]";
            }
        }
    }

    /// <summary>A partner's follow-up list row holds, of the stored contacts' open follow-ups of that partner, the first in due order, as stored now.</summary>
    private static IEnumerable<string> FollowUpListProblems(TableEntity row, IReadOnlyList<Contact> contacts)
    {
        if (row.GetBoolean("Built") != true)
        {
            yield break;
        }

        var expected = contacts.SelectMany(ContactIndexes.Of).Where(r => r.Table == ContactIndexes.FollowUps && r.PartitionKey == row.PartitionKey)
            .OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(r => r.RowKey + " " + System.Text.Json.JsonSerializer.Serialize(ContactIndexes.ReadFollowUp(r.ToEntity()), StoreJson.Options)).ToList();
        var held = StoreJson.Read<IReadOnlyList<PartnerFollowUps.Entry>>(row, "Entries", [])
            .Select(e => e.RowKey + " " + System.Text.Json.JsonSerializer.Serialize(e.FollowUp, StoreJson.Options)).ToList();
        var complete = row.GetBoolean("Complete") == true;
        if (!held.SequenceEqual(expected.Take(complete ? int.MaxValue : held.Count)))
        {
            yield return $"follow-up list of {row.PartitionKey}: holds [{string.Join(", ", held.Select(h => h.Split(' ')[0]))}], not [{string.Join(", ", expected.Select(h => h.Split(' ')[0]))}]";
        }
    }

    private static string Json(ContactSummary summary) => System.Text.Json.JsonSerializer.Serialize(summary with { Start = summary.Start.ToUniversalTime() }, StoreJson.Options);

    private static void Once(List<string> problems, string what, int count)
    {
        if (count != 1)
        {
            problems.Add($"{what}: {count} times");
        }
    }

    /// <summary>The lists an open follow-up belongs in, as docs/storage.md describes them.</summary>
    private static IEnumerable<string> ListsOf(Contact contact, FollowUp followUp)
    {
        if (followUp.Owner is { } owner)
        {
            yield return FollowUpKeys.Owner(owner);
        }

        foreach (var partnerId in contact.PartnerIds)
        {
            yield return FollowUpKeys.Partner(partnerId);
        }

        if (followUp.Due is not null)
        {
            yield return FollowUpKeys.Due;
        }
    }
}
