using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Dre.Core.Storage;
using Dre.Core.Validation;

namespace Dre.Core.Contacts;

/// <summary>
/// Refuses a contact that would outgrow its table row, naming the field that made it grow, rather than letting Table
/// Storage refuse the write with an error for this log and every later log of the same item.
/// </summary>
internal static class ContactStoredSize
{
    /// <param name="before">The contact as stored, when this is a change of it: the field that grew most is named.</param>
    public static void ThrowIfTooLarge(Contact? before, Contact after)
    {
        var entity = ContactEntity.From(after);
        var size = EntitySize.Of(entity);
        if (size <= ContactLimits.StoredBytes)
        {
            return;
        }

        var previous = before is null ? [] : Columns(ContactEntity.From(before));
        var column = Columns(entity).MaxBy(c => c.Value - previous.GetValueOrDefault(c.Key)).Key;
        var field = FieldOf(column);
        throw InputException.For(field, string.Create(
            CultureInfo.InvariantCulture,
            $"With this {field} the contact would take {size / 1024:N0} KiB in the store, more than the {ContactLimits.StoredBytes / 1024:N0} KiB a contact may take: shorten {field}."));
    }

    private static Dictionary<string, long> Columns(TableEntity entity) =>
        EntitySize.Properties(entity)
            .GroupBy(p => StoreJson.ColumnOf(p.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Bytes), StringComparer.Ordinal);

    // A note is the summary of a later log of the same item: what that log can shorten is its summary.
    private static string FieldOf(string column) => column == "Notes" ? "summary" : JsonNamingPolicy.CamelCase.ConvertName(column);
}
