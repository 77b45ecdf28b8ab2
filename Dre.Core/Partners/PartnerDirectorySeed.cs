using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dre.Core.Partners;

/// <summary>The partner directory as shipped with the product, before the DRE edits it.</summary>
public static class PartnerDirectorySeed
{
    private const string ResourceName = "Dre.Core.Partners.partners.json";

    // Strict on purpose: a misspelt property or a missing value in the hand-edited seed must fail at start-up, not read as empty.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Reads and validates the embedded seed.</summary>
    /// <exception cref="InvalidOperationException">The seed is missing, unreadable or breaks a rule of the directory.</exception>
    public static IReadOnlyList<Partner> Load()
    {
        using var stream = typeof(PartnerDirectorySeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");

        PartnerDirectoryDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PartnerDirectoryDocument>(stream, Options);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{ResourceName} is not a valid partner directory: {exception.Message}", exception);
        }

        var partners = document?.Partners ?? throw new InvalidOperationException($"{ResourceName} has no partners list.");
        PartnerDirectoryValidator.Validate(partners);
        return partners;
    }

    private sealed record PartnerDirectoryDocument(IReadOnlyList<Partner> Partners);
}
