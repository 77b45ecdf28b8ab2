using Dre.Core.Contacts;
using Microsoft.Extensions.Logging;

namespace Dre.OutlookAddin.ItemSource;

/// <summary>
/// The caller's own mailbox, asked on their behalf with the token of their request, as the proof that lets them join a
/// restricted contact they log again. Only Outlook items can be in a mailbox; a mailbox that cannot be asked proves nothing.
/// </summary>
public sealed partial class CallerMailbox(IOutlookItemSource source, string userAccessToken, ILogger logger) : IMailboxProof
{
    public async Task<bool> HoldsAsync(ContactDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var key = draft.Source switch
        {
            ContactSource.OutlookMeeting => new OutlookItemKey(draft.ICalUid, null),
            ContactSource.OutlookEmail => new OutlookItemKey(null, draft.InternetMessageId),
            _ => null,
        };
        if (key is null)
        {
            return false;
        }

        try
        {
            return await source.HoldsAsync(key, userAccessToken, cancellationToken);
        }
        catch (MailboxUnavailableException e)
        {
            LogUnavailable(logger, e.Failure);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The caller's mailbox could not be asked whether it holds a restricted contact's item ({Failure}); the contact stays withheld")]
    private static partial void LogUnavailable(ILogger logger, MailboxFailure failure);
}
