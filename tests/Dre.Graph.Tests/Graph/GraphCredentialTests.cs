using Azure.Core;
using Dre.OutlookAddin.Graph;
using Dre.OutlookAddin.ItemSource;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Dre.Graph.Tests.Graph;

/// <summary>The credential boundary (Entra ID's exchange) stood in for, to see what the source asks of it.</summary>
public sealed class GraphCredentialTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    [Fact]
    public async Task GetAsync_AsksTheUsersCredentialForGraphsDefaultScopeAndSendsThatToken()
    {
        var graphToken = fixture.Graph.IssueToken();
        var credential = new Mock<TokenCredential>(MockBehavior.Strict);
        credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            // Azure.Identity's token cache reads the machine's clock: a token that stays valid by it whatever day this runs.
            .ReturnsAsync(new AccessToken(graphToken, new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var credentials = new Mock<IOnBehalfOfCredentials>(MockBehavior.Strict);
        credentials.Setup(c => c.For("the-users-api-token")).Returns(credential.Object);
        await using var services = GraphFixture.Services(fixture.Graph, s => s.AddSingleton(credentials.Object)).BuildServiceProvider();
        var ewsId = GraphItems.NewEwsId();
        fixture.Graph.AddMessage(ewsId, GraphItems.Message());

        var details = await services.GetRequiredService<IOutlookItemSource>().GetAsync(new OutlookItemRef(ewsId, OutlookItemType.Message), "the-users-api-token");

        Assert.NotNull(details);
        credential.Verify(c => c.GetTokenAsync(
            It.Is<TokenRequestContext>(r => r.Scopes.SequenceEqual(new[] { new Uri(fixture.Graph.BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default" })),
            It.IsAny<CancellationToken>()), Times.AtLeastOnce);
        Assert.Contains(fixture.Graph.GraphRequests, r => r.Authorization == "Bearer " + graphToken);
    }

    [Fact]
    public async Task GetAsync_ExchangeRefused_SendsNothingToGraph()
    {
        var credential = new Mock<TokenCredential>();
        credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new Azure.Identity.AuthenticationFailedException("AADSTS65001: The user or administrator has not consented."));
        var credentials = new Mock<IOnBehalfOfCredentials>();
        credentials.Setup(c => c.For(It.IsAny<string>())).Returns(credential.Object);
        await using var services = GraphFixture.Services(fixture.Graph, s => s.AddSingleton(credentials.Object)).BuildServiceProvider();
        var ewsId = GraphItems.NewEwsId();
        var before = fixture.Graph.GraphRequests.Count;

        var refused = await Assert.ThrowsAsync<MailboxUnavailableException>(() =>
            services.GetRequiredService<IOutlookItemSource>().GetAsync(new OutlookItemRef(ewsId, OutlookItemType.Message), "token"));

        Assert.Equal(MailboxFailure.AccessDenied, refused.Failure);
        Assert.DoesNotContain(fixture.Graph.GraphRequests.Skip(before), r => FakeGraphServer.InputIds(r.Body).Contains(ewsId));
    }
}
