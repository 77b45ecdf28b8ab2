namespace Dre.Core.Contacts;

/// <summary>
/// Where a contact stands. A logged contact whose start is still ahead is a planned one; it is marked held (with its
/// outcome) once it took place, or cancelled, which takes it out of every list (<see cref="ContactIndexes"/>).
/// </summary>
public enum ContactStatus
{
    Logged,
    Held,
    Cancelled,
}
