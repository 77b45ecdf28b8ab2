using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Tests.Partners;
using Dre.Core.Tests.Storage;
using Dre.Core.Validation;
using Dre.Testing;

namespace Dre.Core.Tests.Contacts;

/// <summary>
/// A contact grows with every attendee's summary until Table Storage would refuse it: Azure answers an entity past 1 MiB,
/// or a string past 64 KiB, with an error for every later log of the item, while Azurite stores it. So these tests
/// write through a store that enforces Azure's limits: a write the cap let through and Azure would refuse fails here.
/// </summary>
public sealed class ContactSizeTests : IAsyncLifetime
{
    private const string Accented =
        "Échange approfondi à Strasbourg sur la coopération régionale, l’accès à la Cour européenne des droits de l’homme " +
        "et les priorités réaffirmées ; évaluation détaillée des réformes engagées, à réexaminer lors de la prochaine réunion. ";

    // French typography: a narrow no-break space before « ; : ! ? » and inside guillemets, which every JSON encoder escapes.
    private const string Typographic = "« Très bien\u202F! » ; « Où en est-on\u202F? » : « À Strasbourg\u202F! » ";

    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });

    private LimitEnforcingStore _limits = null!;
    private StoreInstance _store = null!;

    public async Task InitializeAsync()
    {
        _limits = await LimitEnforcingStore.StartAsync();
        _store = await StoreInstance.StartAsync(TestClock.Pinned(), seed: [SeedDirectory.Get("jordan")], connectionString: _limits.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _limits.DisposeAsync();
    }

    [Fact]
    public async Task FiftyFullNotesInFrench_FitInOneEntity()
    {
        var contact = await StoreWithNotesAsync("fifty@example.org", Accented, ContactLimits.Notes - 1);

        var result = await _store.Service.LogAsync(Draft("fifty@example.org", Text(Accented, ContactLimits.Summary, "last")), Attendee(0));

        Assert.Equal(ContactLimits.Notes, result.Contact!.Notes.Count);
        var stored = await RawAsync(contact.Id);
        Assert.Equal(0, _limits.Refused);
        Assert.Contains("Échange approfondi à Strasbourg", stored.GetString("Notes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogThatWouldOutgrowTheEntity_IsRefusedNamingTheSummary_AndLeavesTheContactAsItWas()
    {
        var contact = await StoreWithNotesAsync("full@example.org", Typographic, 40);

        InputException? refused = null;
        for (var i = 0; i < ContactLimits.Notes && refused is null; i++)
        {
            var before = await _store.Contacts.GetAsync(contact.Id);
            refused = await Record.ExceptionAsync(() => _store.Service.LogAsync(Draft("full@example.org", Text(Typographic, ContactLimits.Summary, $"log {i}")), Attendee(i))) as InputException;
            if (refused is not null)
            {
                Assert.Equal(before!.Revision, (await _store.Contacts.GetAsync(contact.Id))!.Revision);
            }
        }

        Assert.NotNull(refused);
        Assert.Contains("summary", refused.Errors.Keys);
        Assert.Equal(0, _limits.Refused);
    }

    private async Task<Contact> StoreWithNotesAsync(string iCalUid, string text, int notes)
    {
        var now = TestClock.Now;
        var contact = ContactFactory.Create(Draft(iCalUid, Text(text, ContactLimits.Summary, "first")), Eva, now, _ => true) with
        {
            Notes = [.. Enumerable.Range(0, notes).Select(i => new ContactNote(Text(text, ContactLimits.Summary, $"note {i}"), $"Attendee {i}", now))],
        };
        return (await _store.Contacts.TryAddAsync(contact))!;
    }

    private async Task<TableEntity> RawAsync(string contactId) => (await _store.Tables.Contacts.GetEntityAsync<TableEntity>(ContactKeys.Partition(contactId), contactId)).Value;

    private static UserContext Attendee(int i) => new($"attendee{i}", $"Attendee {i}", $"attendee{i}@coe.int", new HashSet<Role> { Role.Staff });

    private static string Text(string sentence, int length, string label) =>
        (label + " " + string.Concat(Enumerable.Repeat(sentence, (length / sentence.Length) + 1)))[..length].TrimEnd();

    private static ContactDraft Draft(string iCalUid, string summary) => new()
    {
        Kind = ContactKind.Meeting,
        Start = TestClock.Now.AddDays(-1),
        PartnerIds = ["jordan"],
        Subject = "Réunion préparatoire à Strasbourg",
        Summary = summary,
        Source = ContactSource.OutlookMeeting,
        ICalUid = iCalUid,
    };
}
