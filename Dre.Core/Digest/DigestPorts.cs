using Dre.Core.Identity;

namespace Dre.Core.Digest;

/// <summary>How a digest reaches its recipient.</summary>
public enum DigestRoute
{
    /// <summary>A team channel, by its channel key.</summary>
    Channel,

    /// <summary>A subscriber's personal chat with the bot, by their user id.</summary>
    TeamsChat,

    /// <summary>A subscriber's e-mail copy, by their user id: a recipient of its own, so that its claim is apart from the chat's.</summary>
    Mail,
}

/// <summary>Someone or somewhere a digest goes to: the managers' channel, or a manager who subscribed.</summary>
/// <param name="Id">The channel key or the user id, as <paramref name="Route"/> says.</param>
/// <param name="Reader">Whose eyes the digest is for: it decides what restricted content it may carry.</param>
public sealed record DigestRecipient(DigestRoute Route, string Id, string DisplayName, DigestFrequency Frequency, UserContext Reader)
{
    /// <summary>Stable and unique: it keys the exactly-once claim (the strings claims were always keyed by).</summary>
    public string Key => Route switch
    {
        DigestRoute.Channel => "channel:" + Id,
        DigestRoute.TeamsChat => "user:" + Id,
        _ => "mail:" + Id,
    };
}

public interface IDigestRecipients
{
    Task<IReadOnlyList<DigestRecipient>> ListAsync(DigestFrequency frequency, CancellationToken cancellationToken = default);
}

public interface IDigestDelivery
{
    /// <summary>Sends the messages <paramref name="progress"/> has not recorded yet, recording each as it goes.</summary>
    Task DeliverAsync(DigestRecipient recipient, WeeklyDigest digest, DigestProgress progress, CancellationToken cancellationToken = default);
}

/// <summary>
/// The messages of one slot's digest a recipient already has (sent by this run, or by a run that died or failed midway),
/// kept with the slot's claim so that a retry goes on from the next one instead of sending the first ones again.
/// </summary>
public sealed class DigestProgress(int pagesSent, Func<int, CancellationToken, Task> record)
{
    public int PagesSent { get; private set; } = pagesSent;

    public async Task PageSentAsync(CancellationToken cancellationToken)
    {
        PagesSent++;
        await record(PagesSent, cancellationToken);
    }
}
