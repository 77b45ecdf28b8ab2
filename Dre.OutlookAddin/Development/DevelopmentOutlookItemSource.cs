using Dre.OutlookAddin.ItemSource;

namespace Dre.OutlookAddin.Development;

/// <summary>
/// Answers for the development page's sample items as Microsoft Graph would for real ones, so that the meeting flow
/// (which needs the iCalendar UID) works end to end without a mailbox. Registered in Development only.
/// </summary>
public sealed class DevelopmentOutlookItemSource(TimeProvider time) : IOutlookItemSource
{
    private readonly SampleItems _samples = SampleItems.Load();

    public Task<OutlookItemDetails?> GetAsync(OutlookItemRef item, string userAccessToken, CancellationToken cancellationToken = default) =>
        Task.FromResult(_samples.Find(item, time.GetUtcNow()));

    public Task<bool> HoldsAsync(OutlookItemKey key, string userAccessToken, CancellationToken cancellationToken = default) =>
        Task.FromResult(_samples.Holds(key));
}
