using System.Text.Json.Nodes;
using Dre.Testing;
using Microsoft.Playwright;

namespace Dre.Bot.Tests.Cards;

/// <summary>
/// The official Adaptive Cards JavaScript renderer (npm adaptivecards) in headless Chromium, with markdown-it as its
/// markdown processor as Teams has one: one page parses, validates and renders many cards, each for the version it
/// declares, and reports every parse or validation event, every property the renderer does not know on an element or
/// action, and every card that renders to nothing. The one property newer than a card's version it lets through is
/// Teams' typeahead extension, choices.data with a Data.Query, which Teams reads from version 1.2.
/// </summary>
public sealed class AdaptiveCardRenderer : IAsyncLifetime
{
    private const string Script = """
        (cards) => cards.map(json => {
          const AC = window.AdaptiveCards;
          const problems = [];
          const payload = window.withoutTeamsExtensions(JSON.parse(json), problems);
          const version = AC.Version.parse(payload.version, new AC.SerializationContext());
          const context = new AC.SerializationContext(version);
          // Child collections are parsed by the elements themselves, not declared as properties.
          const structural = { Container: ['items'], RichTextBlock: ['inlines'], Column: ['items'], ColumnSet: ['columns'], ActionSet: ['actions'], 'Action.ShowCard': ['card'], AdaptiveCard: ['body', 'actions'] };
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

    // Teams' markdown subset is smaller than markdown-it's; with links, autolinks and emphasis on, anything that would
    // become markup in Teams becomes markup here too. Raw HTML stays off, as in Teams.
    private const string Setup = """
        () => {
          const md = window.markdownit({ html: false, linkify: true, breaks: false });
          window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = md.render(text); result.didProcess = true; };
          window.withoutTeamsExtensions = (payload, problems) => {
            const declared = parseFloat(payload.version);
            const walk = (node) => {
              if (Array.isArray(node)) { node.forEach(walk); return; }
              if (!node || typeof node !== 'object') return;
              if (node.type === 'Input.ChoiceSet' && 'choices.data' in node) {
                const data = node['choices.data'];
                if (declared < 1.2) problems.push('choices.data needs version 1.2');
                if (!data || data.type !== 'Data.Query' || typeof data.dataset !== 'string' || Object.keys(data).some(k => !['type', 'dataset', 'count', 'skip'].includes(k))) problems.push('choices.data is not a Data.Query');
                delete node['choices.data'];
              }
              Object.values(node).forEach(walk);
            };
            walk(payload);
            return payload;
          };
        }
        """;

    private const string Render = """
        (json) => {
          const AC = window.AdaptiveCards;
          const card = new AC.AdaptiveCard();
          card.parse(JSON.parse(json));
          const element = card.render();
          element.style.width = '560px';
          document.body.replaceChildren(element);
          const bold = [...element.querySelectorAll('*')].filter(e => e.childElementCount === 0 && parseInt(getComputedStyle(e).fontWeight, 10) >= 600).map(e => e.textContent.trim()).filter(t => t.length > 0);
          return { text: element.innerText, links: [...element.querySelectorAll('a')].map(a => a.textContent + ' -> ' + a.getAttribute('href')), bold };
        }
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
        await _page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryRoot.Path, "node_modules", "markdown-it", "dist", "browser", "markdown-it.umd.min.js") });
        await _page.EvaluateAsync(Setup);
    }

    /// <summary>Where screenshots go: the test output's screenshots folder, beside the tab's.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Renders one card as a Teams user would read it, markdown applied, and saves its picture as screenshots/<paramref name="name"/>.png.</summary>
    public async Task<RenderedCard> RenderAsync(JsonObject card, string name)
    {
        var rendered = await _page!.EvaluateAsync<RenderedCard>(Render, card.ToJsonString());
        Directory.CreateDirectory(ScreenshotFolder);
        await _page.Locator("body > *").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png") });
        return rendered;
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

/// <summary>What a rendered card shows: its text as read, its links (text -> address) and the texts drawn in bold.</summary>
public sealed class RenderedCard
{
    public string Text { get; init; } = "";

    public string[] Links { get; init; } = [];

    public string[] Bold { get; init; } = [];
}
