namespace Dre.Core.Storage;

/// <summary>
/// Table Storage versions are weak ETags (W/"datetime'…'"). HTTP clients often hand back only the quoted part, so both
/// spellings name the same version.
/// </summary>
public static class Versions
{
    public static string Canonical(string version)
    {
        var trimmed = version.Trim();
        return trimmed.StartsWith("W/", StringComparison.Ordinal) ? trimmed : "W/" + trimmed;
    }

    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);
}
