namespace Dre.Core.Contacts;

/// <summary>The outcome of logging: the contact as stored, and whether someone had logged the same meeting or e-mail before.</summary>
public sealed record LogResult(Contact Contact, bool AlreadyLogged, IReadOnlyList<LoggedBy> LoggedBefore);
