using Dre.Testing;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Storage;

/// <summary>A process that dies between the contact's write and its index writes loses nothing: the journal finishes the job.</summary>
public sealed class JournalRepairTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });

    [Fact]
    public async Task Repair_AfterACrashBeforeTheIndexes_MakesTheContactListed()
    {
        var tables = api.Factory.Services.GetRequiredService<StoreTables>();
        var store = api.Factory.Services.GetRequiredService<IContactStore>();
        var contact = ContactFactory.Create(
            new ContactDraft { Kind = ContactKind.Visit, Start = TestClock.Now.AddDays(-1), PartnerIds = ["jordan"], Subject = "Visit to Amman" },
            Eva,
            TestClock.Now,
            _ => true);

        // What a writer leaves when it dies right after the contact row: the journal row and the contact, no index rows.
        var journal = new TableEntity("contact", $"{contact.Id}-0000000001") { ["ContactId"] = contact.Id, ["WrittenAt"] = TestClock.Now };
        StoreJson.Write(journal, "StaleKeys", Array.Empty<string>());
        await tables.Journal.AddEntityAsync(journal);
        await tables.Contacts.AddEntityAsync(ContactEntity.From(contact));
        Assert.DoesNotContain(await store.ListByPartnerAsync("jordan", ContactLimits.Earliest, TestClock.Now).ToListAsync(), s => s.ContactId == contact.Id);

        var repaired = await store.RepairAsync(TimeSpan.Zero);

        Assert.True(repaired >= 1);
        Assert.Contains(await store.ListByPartnerAsync("jordan", ContactLimits.Earliest, TestClock.Now).ToListAsync(), s => s.ContactId == contact.Id);
        Assert.Contains(await store.ListByPeriodAsync(TestClock.Now.AddDays(-2), TestClock.Now).ToListAsync(), s => s.ContactId == contact.Id);
        Assert.Empty(await tables.Journal.QueryAsync<TableEntity>(e => e.PartitionKey == "contact").ToListAsync());
    }

    [Fact]
    public async Task Repair_OfAJournalRowWhoseContactWasNeverWritten_LeavesNoIndexBehind()
    {
        var tables = api.Factory.Services.GetRequiredService<StoreTables>();
        var store = api.Factory.Services.GetRequiredService<IContactStore>();
        var journal = new TableEntity("contact", "cnever-0000000001") { ["ContactId"] = "cnever", ["WrittenAt"] = TestClock.Now };
        StoreJson.Write(journal, "StaleKeys", Array.Empty<string>());
        await tables.Journal.AddEntityAsync(journal);

        await store.RepairAsync(TimeSpan.Zero);

        Assert.Empty(await tables.Journal.QueryAsync<TableEntity>(e => e.PartitionKey == "contact" && e.RowKey == "cnever-0000000001").ToListAsync());
        Assert.Empty(await tables.ContactsByPartner.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("z") < 0).Where(e => e.RowKey.EndsWith("-cnever", StringComparison.Ordinal)).ToListAsync());
    }
}
