using Dre.Testing;
namespace Dre.Bot.Tests;

/// <summary>Request bodies as the add-in and the bot send them.</summary>
public static class Drafts
{
    public static Dictionary<string, object?> Meeting(string iCalUid, string partnerId = "morocco", DateTimeOffset? start = null, string? summary = null) => new()
    {
        ["kind"] = "meeting",
        ["start"] = start ?? TestClock.Now.AddDays(-2),
        ["partnerIds"] = new[] { partnerId },
        ["subject"] = "Neighbourhood partnership review",
        ["summary"] = summary,
        ["source"] = "outlookMeeting",
        ["iCalUid"] = iCalUid,
        ["coeParticipants"] = new[] { new { name = "Eva Schmidt", email = "eva.schmidt@coe.int", mae = "DG I" } },
    };

    public static Dictionary<string, object?> Call(string partnerId = "osce", DateTimeOffset? start = null, string confidentiality = "internal") => new()
    {
        ["kind"] = "call",
        ["start"] = start ?? TestClock.Now.AddDays(-1),
        ["partnerIds"] = new[] { partnerId },
        ["subject"] = "Call on election observation",
        ["confidentiality"] = confidentiality,
        ["source"] = "api",
    };
}
