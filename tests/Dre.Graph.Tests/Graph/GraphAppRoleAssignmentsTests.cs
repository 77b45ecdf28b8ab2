using Dre.Core.Identity;
using Dre.Service.Identity;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Graph.Tests.Graph;

/// <summary>The bot's roles read from Entra ID's app role assignments, against a local Graph speaking its protocol.</summary>
public sealed class GraphAppRoleAssignmentsTests : IAsyncLifetime
{
    private const string Officer = "1b2c3d4e-0000-4000-8000-0000000000f1";
    private const string GroupMember = "1b2c3d4e-0000-4000-8000-0000000000f2";
    private const string Outsider = "1b2c3d4e-0000-4000-8000-0000000000f3";
    private const string ManagersGroup = "9a8b7c6d-0000-4000-8000-0000000000c1";

    private readonly FakeTimeProvider _time = TestClock.Pinned();
    private FakeGraphServer _graph = null!;
    private ServiceProvider _services = null!;

    private GraphAppRoleAssignments Assignments => _services.GetRequiredService<GraphAppRoleAssignments>();

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        // More assignments than one page holds, and a role of another kind that must be ignored.
        _graph.AssignAppRole(Officer, "User", "Dre.Officer");
        _graph.AssignAppRole(Outsider, "User", "Other.App.Role");
        _graph.AssignAppRole(ManagersGroup, "Group", "Dre.Manager");
        _graph.AddGroupMember(ManagersGroup, GroupMember);
        _services = GraphFixture.Services(_graph, s => s.AddSingleton<TimeProvider>(_time).AddSingleton<GraphAppRoleAssignments>()).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task RolesAssignedToTheUser_OrToAGroupTheyBelongTo_AreTheirs_AndNoOthers()
    {
        // Teams and Graph may spell an object id in either case.
        Assert.Equal([Role.DreOfficer], await Assignments.RolesOfAsync(Officer.ToUpperInvariant()));
        Assert.Equal([Role.Manager], await Assignments.RolesOfAsync(GroupMember));
        Assert.Empty(await Assignments.RolesOfAsync(Outsider));
        // Read as the API's registration itself, with an application token.
        Assert.All(_graph.TokenRequests, r => Assert.Contains("grant_type=client_credentials", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALookup_IsKeptForItsLifetime_ThenAskedAgain()
    {
        await Assignments.RolesOfAsync(Officer);
        var first = _graph.DirectoryRequests.Count;

        await Assignments.RolesOfAsync(Officer);
        Assert.Equal(first, _graph.DirectoryRequests.Count);

        _time.Advance(GraphAppRoleAssignments.Lifetime);
        _graph.AssignAppRole(Officer, "User", "Dre.Admin");
        Assert.Equal([Role.DreOfficer, Role.Admin], (await Assignments.RolesOfAsync(Officer)).Order());
        Assert.True(_graph.DirectoryRequests.Count > first);
    }

    [Fact]
    public async Task WhileTheDirectoryIsDown_NoRoleIsGranted_AndTheNextTurnAsksAgain()
    {
        _graph.DirectoryDown = true;
        Assert.Empty(await Assignments.RolesOfAsync(Officer));

        _graph.DirectoryDown = false;
        Assert.Equal([Role.DreOfficer], await Assignments.RolesOfAsync(Officer));
    }

    [Fact]
    public async Task AnIdThatIsNotAnObjectId_IsNeverSentToGraph()
    {
        Assert.Empty(await Assignments.RolesOfAsync("29:teams-user-id"));
        Assert.Empty(_graph.DirectoryRequests);
    }
}
