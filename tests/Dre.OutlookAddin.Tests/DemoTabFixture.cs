namespace Dre.OutlookAddin.Tests;

/// <summary>The tab over the demo contacts, as a demonstration run shows it: a service and a Chromium of its own.</summary>
public sealed class DemoTabFixture : IAsyncLifetime
{
    public TaskPaneFixture Tab { get; } = new(demoContacts: true);

    public Task InitializeAsync() => Tab.InitializeAsync();

    public Task DisposeAsync() => Tab.DisposeAsync();
}
