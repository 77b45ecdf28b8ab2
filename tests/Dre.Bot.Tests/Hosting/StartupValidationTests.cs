namespace Dre.Bot.Tests.Hosting;

/// <summary>A production start with a missing or unsafe setting fails at once, naming the setting.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Storage:ConnectionString", "", "Storage:TableEndpoint")]
    [InlineData("Storage:ConnectionString", "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=abc=;EndpointSuffix=core.windows.net", "Storage:TableEndpoint")]
    [InlineData("Storage:TablePrefix", "bad-prefix!", "Storage:TablePrefix")]
    [InlineData("Digest:TimeZone", "Mars/Olympus", "Digest:TimeZone")]
    [InlineData("Notifications:AlertWindowDays", "0", "AlertWindowDays")]
    [InlineData("Notifications:PollInterval", "00:00:00", "PollInterval")]
    [InlineData("Notifications:Lease", "00:00:10", "Notifications:Lease")]
    [InlineData("Audit:DeletedContentRetention", "00:10:00", "Audit:DeletedContentRetention")]
    [InlineData("Roles:DreOfficers:0", "anne.dupont@coe.int", "roles are granted by Entra object id only")]
    [InlineData("Links:TeamsAppId", "dre-collab", "Links:TeamsAppId")]
    public async Task Startup_WithABadSetting_FailsNamingIt(string key, string value, string named)
    {
        var error = await ServiceStart.FailureAsync(new Dictionary<string, string?>
        {
            ["Auth:UseDevelopmentIssuer"] = "false",
            ["Auth:TenantId"] = "t",
            ["Auth:ClientId"] = "c",
            [key] = value,
        });

        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestByMail_WithoutTheGraphSettings_FailsAtStartNamingThem()
    {
        var error = await ServiceStart.FailureAsync(new Dictionary<string, string?>
        {
            ["Digest:Mail:Sender"] = "dre-digest@coe.int",
            ["Graph:ClientId"] = "",
        }, environment: "Development");

        Assert.Contains("Graph:ClientId", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyFailedStartsAtOnce_EachNamesItsSetting()
    {
        var failures = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ServiceStart.FailureAsync(new Dictionary<string, string?>
        {
            ["Auth:UseDevelopmentIssuer"] = "false",
            ["Auth:TenantId"] = "t",
            ["Auth:ClientId"] = "c",
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=abc=;EndpointSuffix=core.windows.net",
        }))));

        Assert.All(failures, e => Assert.Contains("Storage:TableEndpoint", e.ToString(), StringComparison.Ordinal));
    }
}
