using Dre.Testing;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Bot.Tests.Digest;

/// <summary>Exactly one digest per slot and recipient, whatever crashes, restarts and extra instances happen.</summary>
public sealed class DigestRunnerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly DigestSchedule Weekly = DigestSchedule.From(new DigestOptions(), DigestFrequency.Weekly);

    [Fact]
    public async Task TwoInstancesRunningOneSlot_DeliverOncePerRecipient()
    {
        var delivery = new RecordingDelivery();
        var (channel, director) = (UniqueManager("managers-channel"), UniqueManager("director"));
        var recipients = new FixedRecipients(channel, director);

        await Task.WhenAll(Runner(recipients, delivery).RunSlotAsync(Weekly, Slot), Runner(recipients, delivery).RunSlotAsync(Weekly, Slot));

        Assert.Equal(1, delivery.CountFor(channel.Id));
        Assert.Equal(1, delivery.CountFor(director.Id));
    }

    [Fact]
    public async Task ADigestThatFailsOnItsSecondPage_GoesOnFromThatPage_AndNeverSendsTheFirstAgain()
    {
        var delivery = new PagedDelivery(pages: 3, failOnPage: 2);
        var director = UniqueManager("director");
        var recipients = new FixedRecipients(director);

        var first = await Runner(recipients, delivery).RunSlotAsync(Weekly, Slot);
        var second = await Runner(recipients, delivery).RunSlotAsync(Weekly, Slot);
        var third = await Runner(recipients, delivery).RunSlotAsync(Weekly, Slot);

        Assert.Equal(new DigestRunResult(0, 0, 1), first);
        Assert.Equal(new DigestRunResult(1, 0, 0), second);
        Assert.Equal(new DigestRunResult(0, 1, 0), third);
        Assert.Equal([1, 2, 3], delivery.Sent);
    }

    [Fact]
    public async Task RerunAfterAFailedDelivery_SendsOnlyWhatWasNotSent()
    {
        var (channel, director) = (UniqueManager("managers-channel"), UniqueManager("director"));
        var recipients = new FixedRecipients(channel, director);
        var delivery = new RecordingDelivery();
        delivery.FailuresLeft[director.Id] = 1;

        var first = await Runner(recipients, delivery).RunSlotAsync(Weekly, Slot);
        var second = await Runner(recipients, delivery).RunSlotAsync(Weekly, Slot);

        Assert.Equal(new DigestRunResult(1, 0, 1), first);
        Assert.Equal(new DigestRunResult(1, 1, 0), second);
        Assert.Equal(1, delivery.CountFor(channel.Id));
        Assert.Equal(1, delivery.CountFor(director.Id));
    }

    [Fact]
    public async Task ClaimOfACrashedSender_IsTakenOverOnlyAfterItsLease()
    {
        var time = new FakeTimeProvider(TestClock.Now);
        var director = UniqueManager("director");
        var recipients = new FixedRecipients(director);
        var tables = api.Factory.Services.GetRequiredService<StoreTables>();
        // A sender that claimed and died leaves a claim in the "sending" state.
        await tables.Table(StoreTables.DigestClaimsTable).AddEntityAsync(new Azure.Data.Tables.TableEntity(Weekly.SlotKey(Slot), TableKeys.Hash(director.Key))
        {
            ["State"] = "sending",
            ["LeaseUntil"] = time.GetUtcNow() + DigestRunner.Lease,
        });
        var delivery = new RecordingDelivery();

        var during = await Runner(recipients, delivery, time).RunSlotAsync(Weekly, Slot);
        time.Advance(DigestRunner.Lease + TimeSpan.FromSeconds(1));
        var after = await Runner(recipients, delivery, time).RunSlotAsync(Weekly, Slot);

        Assert.Equal(0, during.Sent);
        Assert.Equal(1, after.Sent);
        Assert.Equal(1, delivery.CountFor(director.Id));
    }

    [Fact]
    public async Task Scheduler_StartedAfterAMissedSlot_CatchesUpOnce_AndARestartSendsNothingMore()
    {
        // Tuesday 09:00 Paris, a week that no other test uses: Monday's 08:00 slot was missed.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 2, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        var delivery = new RecordingDelivery();
        var recipients = new FixedRecipients(FixedRecipients.Manager("managers-channel-" + Guid.NewGuid()));
        var key = (await recipients.ListAsync(DigestFrequency.Weekly))[0].Id;

        await RunSchedulerBrieflyAsync(Runner(recipients, delivery, time), time, delivery, expected: 1);
        time.Advance(TimeSpan.FromHours(2));
        await RunSchedulerBrieflyAsync(Runner(recipients, delivery, time), time, delivery, expected: 1);

        Assert.Equal(1, delivery.CountFor(key));
        var digest = delivery.Delivered.Single().Digest;
        Assert.Equal(new DateTimeOffset(2025, 1, 27, 0, 0, 0, TimeSpan.FromHours(1)), digest.From);
    }

    [Fact]
    public async Task Scheduler_WhenTheSlotComes_SendsThatSlotsDigest()
    {
        // Sunday evening: the scheduler first catches up last Monday's slot, then waits for tomorrow's.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 16, 20, 0, 0, TimeSpan.FromHours(1)));
        var delivery = new RecordingDelivery();
        var recipients = new FixedRecipients(FixedRecipients.Manager("slot-channel-" + Guid.NewGuid()));
        using var scheduler = new DigestScheduler(Runner(recipients, delivery, time), Options.Create(new DigestOptions()), time, NullLogger<DigestScheduler>.Instance);

        await scheduler.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => delivery.Delivered.Count == 1, TimeSpan.FromSeconds(20));
        time.Advance(TimeSpan.FromHours(11));
        await Task.Delay(300);
        var beforeTheSlot = delivery.Delivered.Count;
        time.Advance(TimeSpan.FromHours(1));
        await WaitUntilAsync(() => delivery.Delivered.Count == 2, TimeSpan.FromSeconds(20));
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(1, beforeTheSlot);
        Assert.Equal(
            [new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.FromHours(1))],
            delivery.Delivered.Select(d => d.Digest.From).Order());
    }

    private DigestRunner Runner(IDigestRecipients recipients, IDigestDelivery delivery, TimeProvider? time = null) => new(
        api.Factory.Services.GetRequiredService<StoreTables>(),
        api.Factory.Services.GetRequiredService<DigestBuilder>(),
        recipients,
        delivery,
        time ?? TestClock.Pinned(),
        api.Factory.Services.GetRequiredService<Dre.Core.Telemetry.DreMetrics>(),
        NullLogger<DigestRunner>.Instance);

    private static async Task RunSchedulerBrieflyAsync(DigestRunner runner, FakeTimeProvider time, RecordingDelivery delivery, int expected)
    {
        using var scheduler = new DigestScheduler(runner, Options.Create(new DigestOptions()), time, NullLogger<DigestScheduler>.Instance);
        await scheduler.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => delivery.Delivered.Count >= expected, TimeSpan.FromSeconds(20));
        // Give a wrongly repeating scheduler the chance to send again before it is stopped.
        await Task.Delay(300);
        await scheduler.StopAsync(CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < timeout)
        {
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task StaffReadersGetTheirOwnDigest_SoARestrictedContactReachesOnlyItsAudience()
    {
        var subject = "Restricted for its audience " + Guid.NewGuid().ToString("N")[..6];
        var writer = new UserContext("writer-" + Guid.NewGuid().ToString("N")[..8], "Writer", null, new HashSet<Role> { Role.Staff });
        await api.Factory.Services.GetRequiredService<ContactService>().LogAsync(new ContactDraft
        {
            Kind = ContactKind.Meeting, Start = Slot.AddDays(-3), PartnerIds = ["tunisia"], Subject = subject,
            Source = ContactSource.Api, Confidentiality = Confidentiality.Restricted,
        }, writer);
        var other = new UserContext("other-" + Guid.NewGuid().ToString("N")[..8], "Other", null, new HashSet<Role> { Role.Staff });
        var delivery = new RecordingDelivery();
        var recipients = new FixedRecipients(
            new DigestRecipient(DigestRoute.TeamsChat, writer.UserId, writer.Name, DigestFrequency.Weekly, writer),
            new DigestRecipient(DigestRoute.TeamsChat, other.UserId, other.Name, DigestFrequency.Weekly, other));

        await Runner(recipients, delivery).RunSlotAsync(Weekly, Slot);

        bool Shows(string key) => delivery.Delivered.Single(d => d.Recipient == key).Digest.Portfolios
            .SelectMany(p => p.Partners).SelectMany(a => a.Contacts).Any(c => c.Subject == subject);
        Assert.True(Shows(writer.UserId));
        Assert.False(Shows(other.UserId));
    }

    /// <summary>A Monday far in the past, before any contact the other tests log. The tests share it: each keeps to recipients of
    /// its own, since a claim is keyed by slot and recipient (random slots met once in a few hundred runs).</summary>
    private static readonly DateTimeOffset Slot = new(2001, 1, 1, 7, 0, 0, TimeSpan.Zero);

    private static DigestRecipient UniqueManager(string name) => FixedRecipients.Manager(name + "-" + Guid.NewGuid().ToString("N")[..8]);
}
