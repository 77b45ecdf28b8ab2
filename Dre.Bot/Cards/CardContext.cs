using Dre.Core.Localization;
using Dre.Core.Partners;

namespace Dre.Bot.Cards;

/// <summary>What every card builder needs besides its data: the language, partner names, allowed links and the current instant.</summary>
public sealed record CardContext(Texts Texts, PartnerSnapshot Partners, CardLinks Links, DateTimeOffset Now)
{
    public Language Language => Texts.Language;

    public string PartnerName(string id) => Partners.Find(id)?.DisplayName(Language) ?? id;

    public string Date(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("d MMM yyyy", Texts.Culture);

    public string DateTime(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("d MMM yyyy HH:mm", Texts.Culture);

    public string Day(DateOnly day) => day.ToString("d MMM yyyy", Texts.Culture);

    public DateOnly Today => ParisTime.Today(Now);
}
