using System.Text.RegularExpressions;

namespace Dre.Core.Validation;

public static partial class EmailAddress
{
    /// <summary>A deliberately plain rule: one @, a dotted domain, and none of the characters that table keys forbid.</summary>
    public static bool IsValid(string value) => value.Length <= 254 && Pattern().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9!$%&'*+=^_`{|}~.\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
