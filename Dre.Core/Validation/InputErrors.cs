using System.Globalization;

namespace Dre.Core.Validation;

/// <summary>Collects what is wrong with a user's input, field by field, so that every mistake is reported at once.</summary>
public sealed class InputErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InputException(ToDictionary());
        }
    }

    /// <summary>Single-line text: required or not, bounded, no control characters.</summary>
    public string? Line(string field, string? value, int maxLength, bool required = false) =>
        Checked(field, value, maxLength, required, char.IsControl);

    /// <summary>Multi-line text: line breaks and tabs are fine, other control characters are not.</summary>
    public string? Text(string field, string? value, int maxLength, bool required = false) =>
        Checked(field, value, maxLength, required, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    public string? Email(string field, string? value)
    {
        var trimmed = Line(field, value, 254);
        if (trimmed is null)
        {
            return null;
        }

        if (!EmailAddress.IsValid(trimmed))
        {
            Add(field, $"{field} is not a valid e-mail address.");
            return null;
        }

        return trimmed.ToLowerInvariant();
    }

    private string? Checked(string field, string? value, int maxLength, bool required, Func<char, bool> forbidden)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                Add(field, $"{field} is required.");
            }

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            Add(field, $"{field} is longer than {maxLength} characters.");
        }
        else if (trimmed.Any(forbidden))
        {
            Add(field, $"{field} contains control characters.");
        }

        return trimmed;
    }

    /// <summary>An optional instant that must lie in [<paramref name="earliest"/>, <paramref name="latest"/>]; null when absent or outside.</summary>
    public DateTimeOffset? Within(string field, DateTimeOffset? value, DateTimeOffset earliest, DateTimeOffset latest)
    {
        if (value is { } instant && (instant < earliest || instant > latest))
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"{field} must be between {earliest.UtcDateTime:yyyy-MM-dd} and {latest.UtcDateTime:yyyy-MM-dd}."));
            return null;
        }

        return value;
    }

    public void Count<T>(string field, IReadOnlyCollection<T>? items, int max, int min = 0)
    {
        var count = items?.Count ?? 0;
        if (count < min)
        {
            Add(field, min == 1 ? $"{field} needs at least one entry." : $"{field} needs at least {min} entries.");
        }
        else if (count > max)
        {
            Add(field, $"{field} has more than {max} entries.");
        }
    }
}

/// <summary>A user's input was refused; carries the message for each field.</summary>
public sealed class InputException(IDictionary<string, string[]> errors)
    : Exception("The input is not valid: " + string.Join("; ", errors.SelectMany(e => e.Value)))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public static InputException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
