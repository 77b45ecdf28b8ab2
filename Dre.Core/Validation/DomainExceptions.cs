namespace Dre.Core.Validation;

/// <summary>The thing asked for does not exist, or the caller may not know that it does.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.")
{
    public string What { get; } = what;
}

/// <summary>The caller is known but may not do this.</summary>
public sealed class ForbiddenException(string reason) : Exception(reason);

/// <summary>The caller edited an older version; carries the current one so that nothing is silently overwritten.</summary>
public sealed class VersionConflictException(object current, string currentVersion)
    : Exception("The item was changed by someone else since you read it.")
{
    public object Current { get; } = current;
    public string CurrentVersion { get; } = currentVersion;
}
