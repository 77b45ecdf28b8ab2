using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dre.OutlookAddin.Tests;

/// <summary>
/// One service and one headless Chromium (Debian's, launched by Playwright) per test class; each test opens the pane in
/// a fresh browser context. Requests to anything but the service are refused and remembered: the pane must not need them.
/// </summary>
public sealed class TaskPaneFixture : IAsyncLifetime
{
    /// <summary>The task pane's width in Outlook.</summary>
    public const int PaneWidth = 350;

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly List<string> _outsideRequests = [];
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public TaskPaneFixture()
        : this(demoContacts: false)
    {
    }

    /// <param name="demoContacts">Whether the service seeds the demo contacts (<see cref="DemoTabFixture"/>).</param>
    internal TaskPaneFixture(bool demoContacts) => Service = new AddinService(demoContacts);

    public AddinService Service { get; }

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IReadOnlyList<string> OutsideRequests
    {
        get
        {
            lock (_outsideRequests)
            {
                return [.. _outsideRequests];
            }
        }
    }

    public async Task InitializeAsync()
    {
        Service.StartServer();
        _playwright = await Playwright.CreateAsync();
        // Playwright gives each launch a fresh temporary profile (its own --user-data-dir) and adds --headless.
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumFlags });
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>The pane over a simulated item, as the development page shows it; <paramref name="copy"/> makes it an item nobody logged yet.</summary>
    public async Task<IPage> OpenPaneAsync(string item, string copy, string user = "eva.schmidt@coe.int", string role = "staff", string lang = "en-GB", int movedMinutes = 0)
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"addin/dev-pane.html?item={item}&copy={copy}&user={Uri.EscapeDataString(user)}&role={role}&lang={lang}&moved={movedMinutes}");
        return page;
    }

    /// <param name="fakeClock">
    /// Whether the page's clock is the service's (the default). Playwright's fake clock replaces performance too, so a
    /// page whose paint timings are read keeps the browser's own.
    /// </param>
    public async Task<IPage> NewPageAsync(int width = PaneWidth, bool fakeClock = true)
    {
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = Service.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = 900 },
            Locale = "en-GB",
        });
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host is "127.0.0.1")
            {
                await route.ContinueAsync();
                return;
            }

            lock (_outsideRequests)
            {
                _outsideRequests.Add(route.Request.Url);
            }

            await route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        if (fakeClock)
        {
            // The page's "now" (the sample items' days, what is still ahead) is the service's, never the machine's.
            await page.Clock.SetFixedTimeAsync(Now.UtcDateTime);
        }

        return page;
    }

    /// <summary>The service's "now": the pinned test instant, running.</summary>
    public DateTimeOffset Now => Service.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    public async Task<JsonElement> GetContactAsync(string id)
    {
        using var api = await Service.ApiClientForAsync(Pane.Officer, "officer");
        return await api.GetFromJsonAsync<JsonElement>($"/api/contacts/{id}");
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await Service.DisposeAsync();
    }
}
