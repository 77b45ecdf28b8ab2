namespace Dre.Core.Contacts;

/// <summary>
/// The outcome of logging: the contact as stored, and whether someone had logged the same meeting or e-mail before.
/// When that earlier log is restricted and the caller is not among the people it is for, only that fact is told: no
/// content, no names, and the caller is not added to it (<see cref="Restricted"/>).
/// </summary>
public sealed record LogResult(Contact? Contact, bool AlreadyLogged, IReadOnlyList<LoggedBy> LoggedBefore)
{
    public bool Restricted => AlreadyLogged && Contact is null;

    public static LogResult AlreadyLoggedRestricted { get; } = new(null, AlreadyLogged: true, []);
}
