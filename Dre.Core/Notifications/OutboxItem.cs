namespace Dre.Core.Notifications;

/// <summary>A contact whose channel summary is to be posted or updated. One row per contact: a newer revision replaces an older one not yet sent.</summary>
public sealed record OutboxItem(string ContactId, int Revision, int Attempts, string Version);
