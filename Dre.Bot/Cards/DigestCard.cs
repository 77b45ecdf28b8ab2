using Dre.Core.Localization;
using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.FollowUps;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>
/// The digest as cards, one message each: Teams refuses big messages, so portfolios are spread over pages. A portfolio
/// is never split between two pages; one too big for a page of its own shows its first items and "… and n more".
/// </summary>
public static class DigestCard
{
    /// <summary>Teams shows only a few buttons well: the most active partners of the period get a status button, no other.</summary>
    public const int MaxStatusButtons = 5;

    private const string ChartPrefix = "data:image/png;base64,";

    public static IReadOnlyList<JsonObject> Build(WeeklyDigest digest, CardContext context, string? chartDataUri)
    {
        if (chartDataUri is not null && !chartDataUri.StartsWith(ChartPrefix, StringComparison.Ordinal))
        {
            // Any other URL would be fetched by every reader's client: the chart travels inside the card or not at all.
            throw new ArgumentException("The chart must be a PNG data URI.", nameof(chartDataUri));
        }

        var writer = new SectionWriter(context, digest, StatusButtonPartners(digest));
        var portfolios = digest.Portfolios.Where(p => !p.IsEmpty).ToList();
        var mostPages = portfolios.Count + 1;
        int Skeleton(bool first) => CardFit.SizeInBytes(Card([.. Header(digest, context, first ? chartDataUri : null, first), Footer(context, mostPages, mostPages)], Actions(context)));
        var continuationRoom = MaxBytes - Skeleton(first: false);

        var pages = new List<Page> { new(MaxBytes - Skeleton(first: true)) };
        foreach (var portfolio in portfolios)
        {
            var fitted = writer.Largest(portfolio, pages[^1].Room);
            if (!fitted.Whole)
            {
                // A portfolio moves to a new page rather than lose items, unless it is too big for any page: then it fills this one if empty.
                var onNewPage = writer.Largest(portfolio, continuationRoom);
                if (onNewPage.Whole || pages[^1].Sections.Count > 0)
                {
                    pages.Add(new Page(continuationRoom));
                    fitted = onNewPage;
                }
            }

            pages[^1].Sections.Add(fitted.Section);
            pages[^1].Room -= fitted.Size;
        }

        return [.. pages.Select((page, i) => Card(
            [
                .. Header(digest, context, i == 0 ? chartDataUri : null, first: i == 0),
                .. page.Sections,
                pages.Count > 1 ? Footer(context, i + 1, pages.Count) : null,
            ],
            Actions(context)))];
    }

    /// <summary>What a section adds to a page: itself and the comma before it in the body.</summary>
    private static int SizeInPage(JsonObject section) => CardFit.SizeInBytes(section) + 1;

    private static HashSet<string> StatusButtonPartners(WeeklyDigest digest) =>
        [.. digest.Portfolios.SelectMany(p => p.Partners).OrderByDescending(a => a.Contacts.Count).Take(MaxStatusButtons).Select(a => a.Partner.Id)];

    private static IEnumerable<JsonNode?> Header(WeeklyDigest digest, CardContext context, string? chartDataUri, bool first)
    {
        var t = context.Texts;
        var from = context.Date(digest.From);
        var to = context.Date(digest.To.AddTicks(-1));
        yield return Heading(t.DigestTitle(digest.Frequency));
        yield return Text(from == to ? from : t.PeriodLine(from, to), isSubtle: true);
        if (!first)
        {
            yield break;
        }

        // A contact with two partners is listed under each, but happened once.
        var contacts = digest.Portfolios.SelectMany(p => p.Partners).SelectMany(a => a.Contacts).Select(c => c.ContactId).Distinct(StringComparer.Ordinal).Count();
        var partners = digest.Portfolios.Sum(p => p.Partners.Count);
        yield return Text(contacts == 0 ? t.NoContactsInPeriod : t.ContactsWithPartners(contacts, partners), weight: "Bolder");
        if (chartDataUri is not null)
        {
            yield return new JsonObject { ["type"] = "Image", ["url"] = chartDataUri, ["altText"] = t.ChartAltText(digest.Chart.Count), ["size"] = "Stretch" };
            // Teams cannot colour text: the legend names each portfolio's colour in words.
            yield return Text(ColourNames.Legend(t), size: "Small", isSubtle: true);
        }
    }

    private static JsonObject Footer(CardContext context, int page, int pages) => Text(context.Texts.PageOf(page, pages), size: "Small", isSubtle: true);

    private static JsonNode?[] Actions(CardContext context) => [OpenUrl(context.Texts.OpenInApp, context.Links.ToApp("digest"))];

    private sealed record FittedSection(JsonObject Section, int Size, bool Whole);

    private sealed class Page(int room)
    {
        public List<JsonObject> Sections { get; } = [];

        public int Room { get; set; } = room;
    }

    /// <summary>Writes one portfolio's section showing at most <c>shown</c> items of each list (and contacts of each partner).</summary>
    private sealed class SectionWriter(CardContext context, WeeklyDigest digest, HashSet<string> statusButtonPartners)
    {
        /// <summary>
        /// Each item's line, written once: finding what fits builds a section several times, and a line is a copy of this one.
        /// An item always gets the same kind of line (a contact, a follow-up or an overlap), wherever it is listed.
        /// </summary>
        private readonly Dictionary<object, JsonNode> _lines = new(ReferenceEqualityComparer.Instance);

        private Texts T => context.Texts;

        /// <summary>The section with as many items of each list as fit in <paramref name="room"/> bytes; whole when it all fits.</summary>
        public FittedSection Largest(PortfolioDigest portfolio, int room)
        {
            var longest = new[]
            {
                portfolio.Partners.Count, portfolio.Partners.Max(a => a.Contacts.Count as int?) ?? 0, portfolio.Overlaps.Count,
                portfolio.NewFollowUps.Count, portfolio.OverdueFollowUps.Count, portfolio.Planned.Count, portfolio.QuietPartners.Count,
            }.Max();
            FittedSection? largest = null;
            bool Fits(int shown)
            {
                var section = Section(portfolio, shown);
                var size = SizeInPage(section);
                if (size > room)
                {
                    return false;
                }

                largest = new FittedSection(section, size, Whole: shown >= longest);
                return true;
            }

            // Doubling, then halving: a huge portfolio costs a few builds of about a page each, never one of all its items.
            var (fitting, tooMany) = (0, longest + 1);
            for (var shown = 1; fitting < longest; shown = Math.Min(2 * shown, longest))
            {
                if (!Fits(shown))
                {
                    tooMany = shown;
                    break;
                }

                fitting = shown;
            }

            while (tooMany - fitting > 1)
            {
                var shown = fitting + ((tooMany - fitting) / 2);
                if (Fits(shown))
                {
                    fitting = shown;
                }
                else
                {
                    tooMany = shown;
                }
            }

            if (largest is not null)
            {
                return largest;
            }

            // Headings and "more" lines alone are taken even when over: nothing smaller exists, and the size guard still stands.
            var bare = Section(portfolio, 0);
            return new FittedSection(bare, SizeInPage(bare), Whole: false);
        }

        public JsonObject Section(PortfolioDigest portfolio, int shown)
        {
            var contacts = portfolio.Partners.SelectMany(a => a.Contacts).Select(c => c.ContactId).Distinct(StringComparer.Ordinal).Count();
            var items = new List<JsonNode?>
            {
                AdaptiveCard.Section(T.PortfolioName(portfolio.Portfolio)),
                contacts > 0 ? Text(T.ContactsWithPartners(contacts, portfolio.Partners.Count), isSubtle: true) : null,
            };
            foreach (var activity in portfolio.Partners.Take(shown))
            {
                items.AddRange(PartnerActivity(activity, shown));
            }

            var hiddenPartners = portfolio.Partners.Skip(shown).ToList();
            if (hiddenPartners.Count > 0)
            {
                items.Add(Text(T.MoreContactsWithOtherPartners(hiddenPartners.Sum(a => a.Contacts.Count), hiddenPartners.Count), isSubtle: true));
            }

            if (portfolio.Overlaps.Count > 0)
            {
                items.Add(Container([Text("⚠ " + T.Overlaps, weight: "Bolder"), .. Capped(portfolio.Overlaps, shown, Overlap)], style: "warning"));
            }

            items.AddRange(Titled(T.NewFollowUps, portfolio.NewFollowUps, shown, FollowUp));
            items.AddRange(Titled(T.OverdueFollowUpsTitle, portfolio.OverdueFollowUps, shown, FollowUp));
            items.AddRange(Titled(T.PlannedAhead(digest.Frequency), portfolio.Planned, shown, c => StatusCard.ContactLine(c, context)));
            if (portfolio.QuietPartners.Count > 0)
            {
                items.Add(Text(T.QuietPartners(digest.QuietAfterWeeks), weight: "Bolder"));
                items.Add(shown > 0 ? Plain(string.Join(", ", portfolio.QuietPartners.Take(shown).Select(p => CardText.Clean(p.DisplayName(context.Language), 120)))) : null);
                items.Add(More(portfolio.QuietPartners.Count, shown));
            }

            return Container(items, separator: true);
        }

        private IEnumerable<JsonNode?> PartnerActivity(PartnerActivity activity, int shown)
        {
            var partner = activity.Partner;
            var title = Runs(Bold(CardText.Clean(partner.DisplayName(context.Language), 200)), Run(" · " + T.ContactCount(activity.Contacts.Count)));
            if (statusButtonPartners.Contains(partner.Id))
            {
                yield return RowWithButton([title], Submit(T.StateOfPlay, BotAction.Status, new JsonObject { ["partnerId"] = partner.Id }));
            }
            else
            {
                title["separator"] = true;
                yield return title;
            }

            foreach (var line in Capped(activity.Contacts, shown, c => StatusCard.ContactLine(c, context)))
            {
                yield return line;
            }
        }

        private JsonObject Overlap(Overlap overlap)
        {
            var (first, second) = (overlap.First, overlap.Second);
            var days = Math.Abs(ParisTime.Today(second.Start).DayNumber - ParisTime.Today(first.Start).DayNumber);
            var partner = CardText.Clean(overlap.Partner.DisplayName(context.Language), 200);
            return Container(
            [
                Plain(T.OverlapLine(People(first), People(second), partner, days)),
                Plain($"{context.Date(first.Start)} · {CardText.Clean(first.Subject, 100)} — {context.Date(second.Start)} · {CardText.Clean(second.Subject, 100)}", size: "Small", isSubtle: true),
            ], separator: true);
        }

        /// <summary>Those whose MAEs overlap, as plain text: the participants with a known MAE, or who logged the contact when none is known.</summary>
        private static string People(ContactSummary contact)
        {
            var withMae = contact.CoeParticipants.Where(p => p.Mae is { Length: > 0 }).Take(2).Select(p => $"{CardText.Clean(p.Name, 100)} ({CardText.Clean(p.Mae, 40)})").ToList();
            return string.Join(", ", withMae.Count > 0 ? withMae : contact.LoggedBy.Take(2).Select(name => CardText.Clean(name, 100)));
        }

        private JsonObject FollowUp(OpenFollowUp followUp)
        {
            var line = StatusCard.FollowUpLine(followUp, context);
            line["items"]!.AsArray().Add(Plain(CardText.Clean(string.Join(", ", followUp.PartnerIds.Take(4).Select(context.PartnerName)), 200), size: "Small", isSubtle: true));
            return line;
        }

        private IEnumerable<JsonNode?> Titled<TItem>(string title, IReadOnlyList<TItem> items, int shown, Func<TItem, JsonNode> line)
            where TItem : class =>
            items.Count == 0 ? [] : [Text(title, weight: "Bolder"), .. Capped(items, shown, line)];

        private IEnumerable<JsonNode?> Capped<TItem>(IReadOnlyList<TItem> items, int shown, Func<TItem, JsonNode> line)
            where TItem : class =>
            [.. items.Take(shown).Select(item => (_lines.TryGetValue(item, out var written) ? written : _lines[item] = line(item)).DeepClone()), More(items.Count, shown)];

        private JsonObject? More(int count, int shown) => count > shown ? Text(T.MoreLines(count - shown), isSubtle: true) : null;
    }
}
