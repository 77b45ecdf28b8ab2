using Dre.Bot.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Bot.Tests.Notifications;

public sealed class PacingAndBackoffTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheEighthMessageInOneSecond_WaitsForTheFirstToLeaveTheWindow()
    {
        var sent = new Queue<DateTimeOffset>(Enumerable.Range(0, 7).Select(i => Start.AddMilliseconds(i * 10)));

        var wait = ConversationPacer.DelayBefore(sent, Start.AddMilliseconds(100));

        Assert.Equal(TimeSpan.FromMilliseconds(900), wait);
    }

    [Fact]
    public void SixtyMessagesInThirtySeconds_HoldTheSixtyFirstUntilTheWindowMoves()
    {
        // One every 400 ms: within the 1 s and 2 s limits, but 60 of them fill the 30 s window.
        var sent = new Queue<DateTimeOffset>(Enumerable.Range(0, 60).Select(i => Start.AddMilliseconds(i * 400)));
        var now = Start.AddMilliseconds(60 * 400);

        var wait = ConversationPacer.DelayBefore(sent, now);

        Assert.Equal(Start.AddSeconds(30) - now, wait);
    }

    [Fact]
    public void AQuietConversation_SendsAtOnce_AndForgetsSendsOlderThanAnHour()
    {
        var sent = new Queue<DateTimeOffset>([Start, Start.AddMinutes(1)]);

        var wait = ConversationPacer.DelayBefore(sent, Start.AddHours(2));

        Assert.Equal(TimeSpan.Zero, wait);
        Assert.Empty(sent);
    }

    [Fact]
    public async Task AConversationHeldAfterA429_WaitsForTheHoldWhileOthersGoOn()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new ConversationPacer(time);
        pacer.Hold("held", TimeSpan.FromSeconds(5));

        var held = pacer.WaitTurnAsync("held", TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.Equal(TimeSpan.Zero, await pacer.WaitTurnAsync("other", TimeSpan.Zero, CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(held.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, await held.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task AConversationBusyLongerThanTheCallerWaits_IsReportedBusy_WithoutTakingATurn()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new ConversationPacer(time);
        pacer.Hold("held", TimeSpan.FromSeconds(30));

        var busy = await pacer.WaitTurnAsync("held", TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(30), busy);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.Zero, await pacer.WaitTurnAsync("held", TimeSpan.FromSeconds(2), CancellationToken.None));
    }

    [Theory]
    [InlineData(0, 100, 200)]
    [InlineData(1, 200, 400)]
    [InlineData(3, 800, 1_600)]
    [InlineData(30, 5_000, 10_000)]
    public void RetryDelays_DoubleWithJitter_UpToTheCap(int attempts, int atLeastMs, int atMostMs)
    {
        for (var i = 0; i < 50; i++)
        {
            var delay = RetryDelay.For(attempts, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10));
            Assert.InRange(delay.TotalMilliseconds, atLeastMs, atMostMs);
        }
    }

    [Fact]
    public void ARetryAfterLongerThanTheBackoff_IsHonoured() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.For(0, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)));
}
