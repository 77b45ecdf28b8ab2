using System.Text.Json.Nodes;

namespace Dre.Graph.Tests.Graph;

/// <summary>Events and messages as Graph returns them for our $select.</summary>
public static class GraphItems
{
    /// <summary>An EWS id as Office.js gives it: base64 with '/' and '+', which REST ids do not have.</summary>
    public static string NewEwsId() => "AAMkAGI2TG93AAA/" + Guid.NewGuid().ToString("N") + "+AAA=";

    public static JsonObject Event(string type = "singleInstance", string? originalStart = null) => new()
    {
        ["iCalUId"] = "040000008200E00074C5B7101A82E00800000000" + Guid.NewGuid().ToString("N"),
        ["subject"] = "EU-CoE senior officials meeting",
        ["type"] = type,
        ["originalStart"] = originalStart,
        ["seriesMasterId"] = type == "singleInstance" ? null : "AAMkAGI2TG93AAA=",
        ["start"] = new JsonObject { ["dateTime"] = "2026-03-10T09:00:00.0000000", ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = "2026-03-10T10:30:00.0000000", ["timeZone"] = "UTC" },
        ["organizer"] = new JsonObject { ["emailAddress"] = Address("Marta Rossi", "marta.rossi@eeas.europa.eu") },
        ["attendees"] = new JsonArray(
            Attendee("Eva Schmidt", "eva.schmidt@coe.int"),
            Attendee("Marta Rossi", "Marta.Rossi@eeas.europa.eu"),
            Attendee("", "delegation@osce.org")),
    };

    public static JsonObject Message() => new()
    {
        ["internetMessageId"] = "<" + Guid.NewGuid().ToString("N") + "@eeas.europa.eu>",
        ["subject"] = "Follow-up: joint programme",
        ["sentDateTime"] = "2026-03-11T14:05:00Z",
        ["from"] = new JsonObject { ["emailAddress"] = Address("Marta Rossi", "marta.rossi@eeas.europa.eu") },
        ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = Address("Eva Schmidt", "eva.schmidt@coe.int") }),
        ["ccRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = Address("Jan Novak", "jan.novak@coe.int") }),
    };

    private static JsonObject Address(string name, string address) => new() { ["name"] = name, ["address"] = address };

    private static JsonObject Attendee(string name, string address) => new()
    {
        ["type"] = "required",
        ["status"] = new JsonObject { ["response"] = "accepted", ["time"] = "0001-01-01T00:00:00Z" },
        ["emailAddress"] = Address(name, address),
    };
}
