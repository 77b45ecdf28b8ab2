namespace Dre.Core.Identity;

/// <summary>Who an address names in the organisation's directory, for reaching people listed by e-mail only.</summary>
public interface IUserDirectory
{
    /// <summary>The Entra object id of the person at <paramref name="address"/>; null when the directory does not know it or cannot be read.</summary>
    Task<string?> ObjectIdOfAsync(string address, CancellationToken cancellationToken = default);
}

/// <summary>Where no directory is configured (Development, tests): an address names nobody the bot can reach.</summary>
public sealed class NoUserDirectory : IUserDirectory
{
    public Task<string?> ObjectIdOfAsync(string address, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
