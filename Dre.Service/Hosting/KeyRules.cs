using Dre.Core.Storage;
using Dre.Core.Validation;

namespace Dre.Service.Hosting;

internal static class KeyRules
{
    /// <summary>Ids in routes become table keys: refuse what Table Storage forbids before it reaches the store.</summary>
    public static string Require(string field, string? value) =>
        TableKeys.IsValid(value)
            ? value!
            : throw InputException.For(field, $"{field} is empty, too long, or holds a character that ids never contain (/ \\ # ? or a control character).");
}
