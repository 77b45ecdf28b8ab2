using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dre.OutlookAddin.Tests;

/// <summary>What the workspace tab's tests do more than once: open a page as someone, and log contacts through the API.</summary>
public sealed class WorkspaceTab(TaskPaneFixture fixture)
{
    /// <summary>A Teams tab on a laptop.</summary>
    public const int TabWidth = 1024;

    /// <summary>The service's "now" (the pinned test instant, running).</summary>
    public DateTimeOffset Now => fixture.Service.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>The tab as <paramref name="user"/> sees it; null for <paramref name="role"/> opens it as development does, with no one named.</summary>
    public async Task<IPage> OpenAsync(string hash, string lang, string? role = "officer", string user = Pane.Officer, int width = TabWidth)
    {
        var page = await fixture.NewPageAsync(width);
        // The page's "today" (periods, overdue, the last 12 months) is the service's, never the machine's.
        await page.Clock.SetFixedTimeAsync(Now.UtcDateTime);
        var who = role is null ? "" : $"user={Uri.EscapeDataString(user)}&role={role}&";
        await page.GotoAsync($"app/?{who}lang={lang}{hash}");
        return page;
    }

    /// <summary>A contact logged through the API as the add-in would, <paramref name="daysAgo"/> days before the service's now.</summary>
    public async Task<(string ContactId, string? FollowUpId)> LogAsync(
        string user, string partnerId, string subject, string confidentiality = "internal", string? followUp = null,
        int daysAgo = 1, string kind = "call", IEnumerable<(string Name, string Email, string Mae)>? attendees = null, DateOnly? due = null)
    {
        using var api = await fixture.Service.ApiClientForAsync(user, user == Pane.Officer ? "officer" : "staff");
        var draft = new Dictionary<string, object?>
        {
            ["kind"] = kind, ["start"] = Now.AddDays(-daysAgo), ["partnerIds"] = new[] { partnerId }, ["subject"] = subject,
            ["confidentiality"] = confidentiality, ["source"] = "api",
            ["coeParticipants"] = (attendees ?? []).Select(a => new { name = a.Name, email = a.Email, mae = a.Mae }).ToArray(),
            ["followUps"] = followUp is null ? Array.Empty<object>() : new[] { new { text = followUp, owner = user, due } },
        };
        using var created = await api.PostAsJsonAsync("/api/contacts", draft);
        created.EnsureSuccessStatusCode();
        var contact = (await created.Content.ReadFromJsonAsync<JsonObject>())!["contact"]!;
        return (contact["id"]!.GetValue<string>(), followUp is null ? null : contact["followUps"]![0]!["id"]!.GetValue<string>());
    }

    /// <summary>A partner of the directory, created by a DRE officer through the API.</summary>
    public async Task CreatePartnerAsync(string id, string nameEn, string nameFr, string portfolio = "otherOrganisations", string? parentId = null)
    {
        using var api = await fixture.Service.ApiClientForAsync(Pane.Officer, "officer");
        using var created = await api.PostAsJsonAsync("/api/partners", new { id, nameEn, nameFr, kind = "organisation", portfolio, parentId });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
    }
}
