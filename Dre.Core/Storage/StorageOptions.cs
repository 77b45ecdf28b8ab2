using System.ComponentModel.DataAnnotations;

namespace Dre.Core.Storage;

/// <summary>Where the table store lives: a connection string locally, an endpoint and a managed identity on Azure.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableEndpoint { get; set; }

    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefixes every table name, so that tests and environments can share one account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$|^$", ErrorMessage = "Storage:TablePrefix must be letters and digits, starting with a letter.")]
    public string TablePrefix { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) == (TableEndpoint is null))
        {
            yield return new ValidationResult(
                "Set exactly one of Storage:ConnectionString (local) or Storage:TableEndpoint (Azure, with managed identity).",
                [nameof(ConnectionString), nameof(TableEndpoint)]);
        }

        if (ConnectionString?.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase) == true
            && !ConnectionString.Contains("devstoreaccount1", StringComparison.OrdinalIgnoreCase)
            && !ConnectionString.Contains("127.0.0.1", StringComparison.Ordinal)
            && !ConnectionString.Contains("localhost", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                "Storage:ConnectionString carries an account key for a remote account; use Storage:TableEndpoint with a managed identity instead.",
                [nameof(ConnectionString)]);
        }
    }
}
