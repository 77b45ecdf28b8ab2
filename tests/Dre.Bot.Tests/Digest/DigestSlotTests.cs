using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dre.Bot.Tests.Digest;

/// <summary>A slot's digest is read from the store once, for every reader, and each reader sees only what they may.</summary>
public sealed class DigestSlotTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly DigestSchedule Weekly = DigestSchedule.From(new DigestOptions(), DigestFrequency.Weekly);
    private static readonly UserContext Officer = new("officer", "DRE Officer", "officer@coe.int", new HashSet<Role> { Role.Staff, Role.DreOfficer });

    private DigestBuilder Builder => api.Factory.Services.GetRequiredService<DigestBuilder>();

    private DigestSlotCache Slots => api.Factory.Services.GetRequiredService<DigestSlotCache>();

    [Fact]
    public async Task TwentyRecipientsOfOneSlot_ReadTheStoreOnce()
    {
        var slot = RandomSlot();
        var recipients = Enumerable.Range(0, 20)
            .Select(i => i % 4 == 0
                ? new DigestRecipient(DigestRoute.TeamsChat, $"officer-{i}-{Guid.NewGuid():N}", "Officer", DigestFrequency.Weekly, Officer with { UserId = $"officer-{i}" })
                : FixedRecipients.Manager($"staff-{i}-{Guid.NewGuid():N}"))
            .ToArray();
        var delivery = new RecordingDelivery();
        var before = Slots.Reads;

        var result = await Runner(new FixedRecipients(recipients), delivery).RunSlotAsync(Weekly, slot);

        Assert.Equal(new DigestRunResult(20, 0, 0), result);
        Assert.Equal(before + 1, Slots.Reads);
    }

    [Fact]
    public async Task ARestrictedContact_IsInItsAudiencesDigest_AndInNoCountOrChartOfAnOutsider()
    {
        var slot = RandomSlot();
        var (from, _) = Weekly.PeriodOf(slot);
        var writer = Unique("writer");
        var outsider = Unique("outsider");
        var subject = "Restricted consultation " + Guid.NewGuid().ToString("N")[..6];
        await Log(writer, from.AddDays(2), "lebanon", subject, Confidentiality.Restricted);

        var data = await Builder.SlotAsync(Weekly, slot);
        var asWriter = Builder.For(Weekly, data, writer);
        var asOfficer = Builder.For(Weekly, data, Officer);
        var asOutsider = Builder.For(Weekly, data, outsider);

        Assert.True(Shows(asWriter, subject));
        Assert.True(Shows(asOfficer, subject));
        Assert.False(Shows(asOutsider, subject));
        var week = Dre.Core.Storage.TableKeys.Week(from.AddDays(2));
        Assert.Equal(ChartCount(asOfficer, week) - 1, ChartCount(asOutsider, week));
        Assert.Equal(ChartCount(asOfficer, week), ChartCount(asWriter, week));
        Assert.Equal(asOfficer.ContactCount - 1, asOutsider.ContactCount);
        // Quiet as the outsider sees it: the one contact they may not see does not make the partner active.
        Assert.Contains(Quiet(asOutsider), p => p == "lebanon");
        Assert.DoesNotContain(Quiet(asWriter), p => p == "lebanon");
    }

    [Fact]
    public async Task AWriteToTheSlotsWeek_IsInTheNextPreview_AndAWriteElsewhereKeepsTheCache()
    {
        var slot = RandomSlot();
        var (from, _) = Weekly.PeriodOf(slot);
        var writer = Unique("writer");
        await Builder.BuildAsync(Weekly, slot, writer);
        var afterFirst = Slots.Reads;

        await Builder.BuildAsync(Weekly, slot, Officer);
        await Log(writer, from.AddYears(-3), "jordan", "Far from this slot", Confidentiality.Internal);
        await Builder.BuildAsync(Weekly, slot, writer);
        var cachedThrough = Slots.Reads;

        var subject = "Logged after the preview " + Guid.NewGuid().ToString("N")[..6];
        await Log(writer, from.AddDays(1), "jordan", subject, Confidentiality.Internal);
        var again = await Builder.BuildAsync(Weekly, slot, writer);

        Assert.Equal(afterFirst, cachedThrough);
        Assert.Equal(afterFirst + 1, Slots.Reads);
        Assert.True(Shows(again, subject));
    }

    private DigestRunner Runner(IDigestRecipients recipients, IDigestDelivery delivery) => new(
        api.Factory.Services.GetRequiredService<Dre.Core.Storage.StoreTables>(),
        Builder,
        recipients,
        delivery,
        TestClock.Pinned(),
        api.Factory.Services.GetRequiredService<Dre.Core.Telemetry.DreMetrics>(),
        NullLogger<DigestRunner>.Instance);

    private Task<LogResult> Log(UserContext writer, DateTimeOffset start, string partnerId, string subject, Confidentiality confidentiality) =>
        api.Factory.Services.GetRequiredService<ContactService>().LogAsync(new ContactDraft
        {
            Kind = ContactKind.Meeting, Start = start, PartnerIds = [partnerId], Subject = subject,
            Source = ContactSource.Api, Confidentiality = confidentiality,
        }, writer);

    /// <summary>A Monday slot in a week of its own among some nine hundred, years before the contacts other tests log.</summary>
    private static DateTimeOffset RandomSlot() =>
        Weekly.NextAfter(new DateTimeOffset(2004, 1, 5, 0, 0, 0, TimeSpan.Zero).AddDays(7 * Random.Shared.Next(900)))!.Value;

    private static UserContext Unique(string name)
    {
        var id = $"{name}-{Guid.NewGuid():N}"[..20];
        return new UserContext(id, name, null, new HashSet<Role> { Role.Staff });
    }

    private static bool Shows(WeeklyDigest digest, string subject) =>
        digest.Portfolios.SelectMany(p => p.Partners).SelectMany(a => a.Contacts).Any(c => c.Subject == subject);

    private static int ChartCount(WeeklyDigest digest, string week) => digest.Chart.Single(w => w.Week == week).Contacts.Values.Sum();

    private static IEnumerable<string> Quiet(WeeklyDigest digest) => digest.Portfolios.SelectMany(p => p.QuietPartners).Select(p => p.Id);
}
