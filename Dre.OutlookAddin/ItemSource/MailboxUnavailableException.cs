namespace Dre.OutlookAddin.ItemSource;

/// <summary>The mailbox could not be read for a reason that is neither the user's input nor a missing item.</summary>
public sealed class MailboxUnavailableException(MailboxFailure failure, TimeSpan? retryAfter, Exception inner)
    : Exception($"The mailbox could not be read: {failure}.", inner)
{
    public MailboxFailure Failure { get; } = failure;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}

public enum MailboxFailure
{
    /// <summary>Sign-in to the mailbox on the user's behalf was refused (consent not granted, policy).</summary>
    AccessDenied,

    /// <summary>The mail service is throttling us even after the retries.</summary>
    Throttled,

    /// <summary>Any other failure of the mail service.</summary>
    ServiceError,
}
