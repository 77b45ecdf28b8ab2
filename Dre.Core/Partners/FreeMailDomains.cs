using System.Collections.Frozen;

namespace Dre.Core.Partners;

/// <summary>Mail providers anyone can sign up with; an address there must never be attributed to a partner.</summary>
internal static class FreeMailDomains
{
    private static readonly FrozenSet<string> Domains = FrozenSet.ToFrozenSet(
    [
        "gmail.com", "googlemail.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "icloud.com", "me.com",
        "mac.com", "aol.com", "mail.com", "zoho.com", "yandex.ru", "yandex.com", "mail.ru", "tutanota.com", "tuta.io",
        "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "neuf.fr", "bbox.fr", "web.de", "t-online.de",
        "freenet.de", "libero.it", "virgilio.it", "tiscali.it", "seznam.cz", "wp.pl", "o2.pl", "interia.pl",
        "bluewin.ch", "skynet.be", "telenet.be",
    ]);

    // Providers that run the same service under many country domains (hotmail.fr, yahoo.co.uk, gmx.at...).
    private static readonly FrozenSet<string> Brands = FrozenSet.ToFrozenSet(
        ["hotmail", "outlook", "live", "msn", "yahoo", "ymail", "gmx"]);

    public static bool Contains(string domain)
    {
        if (Domains.Contains(domain))
        {
            return true;
        }

        var labels = domain.Split('.');
        return labels.Length is 2 or 3
            && Brands.Contains(labels[0])
            && labels.Skip(1).All(label => label.Length is >= 2 and <= 3);
    }
}
