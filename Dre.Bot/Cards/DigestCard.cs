using Dre.Core.Localization;
using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.FollowUps;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>
/// The digest as one card that reads in one screen: the week's figures, the chart, the most active partners and the few
/// overlaps and overdue follow-ups that need acting on; the rest is a click away, on the tab's digest page. Built from
/// the digest as its reader may see it, so that nothing it shows or counts is outside the reader's audience.
/// </summary>
public static class DigestCard
{
    /// <summary>Teams shows only a few buttons well: the most active partners of the period are listed, each with a status button.</summary>
    public const int MostActiveShown = 5;

    /// <summary>What needs acting on is shown up to this many of each kind; the figures above count them all.</summary>
    public const int ActionItemsShown = 3;

    private const string ChartPrefix = "data:image/png;base64,";

    public static JsonObject Build(WeeklyDigest digest, CardContext context, string? chartDataUri)
    {
        if (chartDataUri is not null && !chartDataUri.StartsWith(ChartPrefix, StringComparison.Ordinal))
        {
            // Any other URL would be fetched by every reader's client: the chart travels inside the card or not at all.
            throw new ArgumentException("The chart must be a PNG data URI.", nameof(chartDataUri));
        }

        var t = context.Texts;
        var overlaps = Overlaps(digest);
        var overdue = Overdue(digest);
        return Card(
        [
            .. Header(digest, context),
            Headline(digest, context, overlaps.Count, overdue.Count),
            .. Chart(digest, context, chartDataUri),
            .. MostActive(digest, context),
            overlaps.Count == 0 ? null : Container([Text("⚠ " + t.Overlaps, weight: "Bolder"), .. Capped(overlaps, o => Overlap(o, context), context)], separator: true, style: "warning"),
            overdue.Count == 0 ? null : Container([Text(t.OverdueFollowUpsTitle, weight: "Bolder"), .. Capped(overdue, f => FollowUp(f, context), context)], separator: true),
        ],
        [OpenUrl(t.OpenFullDigest, context.Links.ToTab("digest"))]);
    }

    // Overlaps, follow-ups and planned contacts are each listed under one portfolio (their partner's, or their first
    // partner's): unlike contacts, they are counted as they are listed.
    private static IReadOnlyList<Overlap> Overlaps(WeeklyDigest digest) => [.. digest.Portfolios.SelectMany(p => p.Overlaps)];

    /// <summary>The longest overdue first: what has waited most is what the card shows.</summary>
    private static IReadOnlyList<OpenFollowUp> Overdue(WeeklyDigest digest) =>
        [.. digest.Portfolios.SelectMany(p => p.OverdueFollowUps).OrderBy(f => f.Due ?? DateOnly.MaxValue)];

    private static IReadOnlyList<PartnerActivity> MostActivePartners(WeeklyDigest digest) =>
        [.. digest.Portfolios.SelectMany(p => p.Partners).OrderByDescending(a => a.Contacts.Count).Take(MostActiveShown)];

    private static IEnumerable<JsonNode?> Header(WeeklyDigest digest, CardContext context)
    {
        var from = context.Date(digest.From);
        var to = context.Date(digest.To.AddTicks(-1));
        yield return Heading(context.Texts.DigestTitle(digest.Frequency));
        yield return Text(from == to ? from : context.Texts.PeriodLine(from, to), isSubtle: true);
    }

    /// <summary>The figures of the period: a contact with two partners is listed under each, but happened once.</summary>
    private static JsonObject Headline(WeeklyDigest digest, CardContext context, int overlaps, int overdue)
    {
        var t = context.Texts;
        var contacts = digest.Portfolios.SelectMany(p => p.Partners).SelectMany(a => a.Contacts).Select(c => c.ContactId).Distinct(StringComparer.Ordinal).Count();
        var partners = digest.Portfolios.Sum(p => p.Partners.Count);
        string Count(int n) => n.ToString(t.Culture);
        return Container(
        [
            Text(contacts == 0 ? t.NoContactsInPeriod : t.ContactsWithPartners(contacts, partners), weight: "Bolder"),
            Facts(
            [
                (t.Overlaps, Count(overlaps)),
                (t.OverdueFollowUpsTitle, Count(overdue)),
                (t.NewFollowUps, Count(digest.Portfolios.Sum(p => p.NewFollowUps.Count))),
                (t.PlannedAhead(digest.Frequency), Count(digest.Portfolios.Sum(p => p.Planned.Count))),
                (t.QuietPartners(digest.QuietAfterWeeks), Count(digest.Portfolios.Sum(p => p.QuietPartners.Count))),
            ]),
        ]);
    }

    private static IEnumerable<JsonNode?> Chart(WeeklyDigest digest, CardContext context, string? chartDataUri)
    {
        if (chartDataUri is null)
        {
            yield break;
        }

        yield return new JsonObject { ["type"] = "Image", ["url"] = chartDataUri, ["altText"] = context.Texts.ChartAltText(digest.Chart.Count), ["size"] = "Stretch" };
        // Teams cannot colour text: the legend names each portfolio's colour in words.
        yield return Text(ColourNames.Legend(context.Texts), size: "Small", isSubtle: true);
    }

    private static IEnumerable<JsonNode?> MostActive(WeeklyDigest digest, CardContext context)
    {
        var partners = MostActivePartners(digest);
        if (partners.Count == 0)
        {
            yield break;
        }

        var t = context.Texts;
        yield return Section(t.MostActivePartners);
        foreach (var activity in partners)
        {
            var partner = activity.Partner;
            var title = Runs(Bold(CardText.Clean(partner.DisplayName(context.Language), 200)), Run(" · " + t.ContactCount(activity.Contacts.Count)));
            yield return RowWithButton([title], Submit(t.StateOfPlay, BotAction.Status, new JsonObject { ["partnerId"] = partner.Id }));
        }
    }

    private static IEnumerable<JsonNode?> Capped<TItem>(IReadOnlyList<TItem> items, Func<TItem, JsonNode> line, CardContext context) =>
        [.. items.Take(ActionItemsShown).Select(line), items.Count > ActionItemsShown ? Text(context.Texts.MoreLines(items.Count - ActionItemsShown), isSubtle: true) : null];

    private static JsonObject Overlap(Overlap overlap, CardContext context)
    {
        var (first, second) = (overlap.First, overlap.Second);
        var days = Math.Abs(ParisTime.Today(second.Start).DayNumber - ParisTime.Today(first.Start).DayNumber);
        var partner = CardText.Clean(overlap.Partner.DisplayName(context.Language), 200);
        return Container(
        [
            Plain(context.Texts.OverlapLine(People(first), People(second), partner, days)),
            Plain($"{context.Date(first.Start)} · {CardText.Clean(first.Subject, 100)} — {context.Date(second.Start)} · {CardText.Clean(second.Subject, 100)}", size: "Small", isSubtle: true),
        ], separator: true);
    }

    /// <summary>Those whose MAEs overlap, as plain text: the participants with a known MAE, or who logged the contact when none is known.</summary>
    private static string People(ContactSummary contact)
    {
        var withMae = contact.CoeParticipants.Where(p => p.Mae is { Length: > 0 }).Take(2).Select(p => $"{CardText.Clean(p.Name, 100)} ({CardText.Clean(p.Mae, 40)})").ToList();
        return string.Join(", ", withMae.Count > 0 ? withMae : contact.LoggedBy.Take(2).Select(name => CardText.Clean(name, 100)));
    }

    private static JsonObject FollowUp(OpenFollowUp followUp, CardContext context)
    {
        var line = StatusCard.FollowUpLine(followUp, context);
        line["items"]!.AsArray().Add(Plain(CardText.Clean(string.Join(", ", followUp.PartnerIds.Take(4).Select(context.PartnerName)), 200), size: "Small", isSubtle: true));
        return line;
    }
}
