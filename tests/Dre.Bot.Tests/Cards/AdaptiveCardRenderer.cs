using System.Text.Json.Nodes;
using Dre.Testing;
using Microsoft.Playwright;

namespace Dre.Bot.Tests.Cards;

/// <summary>
/// The official Adaptive Cards JavaScript renderer (npm adaptivecards) in headless Chromium: one page parses, validates
/// and renders many cards, each for the version it declares, and reports every parse or validation event, every
/// property the renderer does not know on an element or action, and every card that renders to nothing.
/// </summary>
public sealed class AdaptiveCardRenderer : IAsyncLifetime
{
    private const string Script = """
        (cards) => cards.map(json => {
          const AC = window.AdaptiveCards;
          const problems = [];
          const payload = JSON.parse(json);
          const version = AC.Version.parse(payload.version, new AC.SerializationContext());
          const context = new AC.SerializationContext(version);
          // Child collections are parsed by the elements themselves, not declared as properties.
          const structural = { Container: ['items'], Column: ['items'], ColumnSet: ['columns'], ActionSet: ['actions'], 'Action.ShowCard': ['card'], AdaptiveCard: ['body', 'actions'] };
          const known = (o) => { const s = o.getSchema(); const names = new Set(['type', ...(structural[o.getJsonTypeName()] ?? [])]); for (let i = 0; i < s.getCount(); i++) names.add(s.getItemAt(i).name); return names; };
          const check = (o, source) => {
            const names = known(o);
            for (const key of Object.keys(source)) if (!names.has(key)) problems.push(`unknown property "${key}" on ${source.type}`);
          };
          context.onParseElement = check;
          context.onParseAction = check;
          const card = new AC.AdaptiveCard();
          card.parse(payload, context);
          const rootNames = known(card);
          for (const key of Object.keys(payload)) if (!rootNames.has(key) && key !== '$schema' && key !== 'msteams') problems.push(`unknown property "${key}" on the card`);
          for (let i = 0; i < context.eventCount; i++) problems.push('parse: ' + context.getEventAt(i).message);
          const results = card.validateProperties();
          for (const e of results.validationEvents) problems.push('validation: ' + e.message);
          const element = card.render();
          if (!element || element.childElementCount === 0) problems.push('rendered nothing');
          else { document.body.replaceChildren(element); if (element.getBoundingClientRect().height <= 0) problems.push('rendered with no height'); }
          return problems;
        })
        """;

    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private IPage? _page;
    private string? _profile;

    public async Task InitializeAsync()
    {
        _profile = Directory.CreateTempSubdirectory("dre-cards-").FullName;
        _playwright = await Playwright.CreateAsync();
        // A persistent context over a fresh profile folder: Playwright passes it to Chromium as its --user-data-dir.
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        _page = await _browser.NewPageAsync();
        await _page.SetContentAsync("<!doctype html><html><head><meta charset=\"utf-8\"></head><body></body></html>");
        await _page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryRoot.Path, "node_modules", "adaptivecards", "dist", "adaptivecards.js") });
    }

    /// <summary>The problems of each card, in order; an empty list means the renderer accepted the card.</summary>
    public async Task<IReadOnlyList<string[]>> CheckAsync(IReadOnlyList<JsonObject> cards) =>
        await _page!.EvaluateAsync<string[][]>(Script, cards.Select(c => c.ToJsonString()).ToArray());

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_profile is not null)
        {
            Directory.Delete(_profile, recursive: true);
        }
    }
}
