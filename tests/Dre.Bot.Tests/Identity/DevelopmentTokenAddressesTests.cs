using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Identity;

/// <summary>In Development, /dev/token can sign in someone whose mail address is not their user principal name, as Entra ID does with the optional email claim.</summary>
public sealed class DevelopmentTokenAddressesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ATokenWithAMailAddress_FindsTheFollowUpsOwnedByIt()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var mail = $"mail.{tag}@coe.int";
        var upn = $"upn.{tag}@coe.int";
        var writer = new UserContext("00000000-0000-0000-0000-00000000c0c2", "Carla Writer", "carla.writer@coe.int", new HashSet<Role> { Role.Staff });
        await api.Factory.Services.GetRequiredService<ContactService>().LogAsync(new ContactDraft
        {
            Kind = ContactKind.Call, Start = TestClock.Now.AddDays(-1), PartnerIds = ["oecd"], Subject = "Owned by mail " + tag, Source = ContactSource.Api,
            FollowUps = [new FollowUpDraft("Owned by mail " + tag, mail, null, null)],
        }, writer);

        Assert.Contains(tag, await MineAsync($"user={upn}&email={mail}"), StringComparison.Ordinal);
        Assert.DoesNotContain(tag, await MineAsync($"user={upn}"), StringComparison.Ordinal);
    }

    private async Task<string> MineAsync(string query)
    {
        using var client = api.Factory.CreateClient();
        var token = await client.GetFromJsonAsync<JsonObject>("/dev/token?" + query);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!["accessToken"]!.GetValue<string>());
        return await client.GetStringAsync("/api/follow-ups/mine");
    }
}
