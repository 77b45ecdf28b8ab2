using Dre.Core.Partners;

namespace Dre.Service.Hosting;

/// <summary>The language a caller reads, from Accept-Language: French when French comes first among en and fr, English otherwise.</summary>
public static class RequestLanguage
{
    public static Language Of(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "")
            .FirstOrDefault(l => l.StartsWith("fr", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return preferred?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true ? Language.French : Language.English;
    }
}
