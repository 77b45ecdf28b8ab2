using System.ComponentModel.DataAnnotations;
using Dre.OutlookAddin.Graph;

namespace Dre.Graph.Tests.Graph;

public sealed class GraphOptionsTests
{
    [Fact]
    public void Validate_NeitherSecretNorCertificate_NamesBoth()
    {
        var errors = Errors(Valid(o => o.ClientSecret = null));

        Assert.Contains(errors, e => e.Contains("Graph:ClientSecret", StringComparison.Ordinal) && e.Contains("Graph:CertificatePath", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SecretAndCertificateBoth_IsRefused()
    {
        Assert.NotEmpty(Errors(Valid(o => o.CertificatePath = "/var/ssl/private/api.p12")));
    }

    [Theory]
    [InlineData("http://graph.microsoft.com/v1.0", "https://login.microsoftonline.com/")]
    [InlineData("https://graph.microsoft.com/v1.0", "http://login.microsoftonline.com/")]
    public void Validate_PlainHttp_IsRefused(string baseUrl, string authorityHost)
    {
        Assert.NotEmpty(Errors(Valid(o =>
        {
            o.BaseUrl = new Uri(baseUrl);
            o.AuthorityHost = new Uri(authorityHost);
        })));
    }

    [Fact]
    public void Validate_MissingTenant_NamesTheSetting()
    {
        Assert.Contains(Errors(Valid(o => o.TenantId = "")), e => e.Contains("Graph:TenantId", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Complete_HasNoError()
    {
        Assert.Empty(Errors(Valid(_ => { })));
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", "https://graph.microsoft.com/.default")]
    [InlineData("https://graph.microsoft.us/v1.0", "https://graph.microsoft.us/.default")]
    [InlineData("https://microsoftgraph.chinacloudapi.cn/v1.0/", "https://microsoftgraph.chinacloudapi.cn/.default")]
    public void Scope_IsTheGraphResourceOfTheBaseUrl(string baseUrl, string scope)
    {
        Assert.Equal(scope, new GraphOptions { BaseUrl = new Uri(baseUrl) }.Scope);
    }

    private static GraphOptions Valid(Action<GraphOptions> change)
    {
        var options = new GraphOptions { TenantId = "t", ClientId = "c", ClientSecret = "s" };
        change(options);
        return options;
    }

    private static List<string> Errors(GraphOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
