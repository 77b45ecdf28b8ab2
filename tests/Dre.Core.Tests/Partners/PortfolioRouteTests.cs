using Dre.Core.Notifications;
using Dre.Core.Partners;

namespace Dre.Core.Tests.Partners;

/// <summary>Every portfolio can be routed to a channel, under its own name, and back.</summary>
public sealed class PortfolioRouteTests
{
    [Fact]
    public void EveryPortfolio_HasTheRouteTargetOfItsName_AndBack()
    {
        foreach (var portfolio in Enum.GetValues<Portfolio>())
        {
            var target = ChannelKeys.For(portfolio);

            Assert.True(Enum.IsDefined(target), $"{portfolio} has no route target");
            Assert.Equal(portfolio.ToString(), target.ToString());
            Assert.Equal(portfolio, ChannelKeys.PortfolioOf(target));
        }

        Assert.Null(ChannelKeys.PortfolioOf(RouteTarget.Managers));
        Assert.Equal(Enum.GetValues<Portfolio>().Length + 1, Enum.GetValues<RouteTarget>().Length);
    }
}
