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
    public void Startup_WithABadSetting_FailsNamingIt(string key, string value, string named)
    {
        using var factory = new DreApiFactory(new Dictionary<string, string?>
        {
            ["Auth:UseDevelopmentIssuer"] = "false",
            ["Auth:TenantId"] = "t",
            ["Auth:ClientId"] = "c",
            [key] = value,
        }, environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DigestByMail_WithoutTheGraphSettings_FailsAtStartNamingThem()
    {
        using var factory = new DreApiFactory(new Dictionary<string, string?>
        {
            ["Digest:Mail:Sender"] = "dre-digest@coe.int",
            ["Graph:ClientId"] = "",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Graph:ClientId", error.ToString(), StringComparison.Ordinal);
    }
}
