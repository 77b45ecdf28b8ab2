using System.Globalization;
using System.Net;
using System.Text;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.FollowUps;

namespace Dre.Service.Digest;

/// <summary>
/// The digest as an e-mail body: plain HTML with inline styles (what mail clients keep), every user text encoded, and
/// the chart as an inline attachment referenced by content id (mail clients block data URIs).
/// </summary>
public static class DigestHtml
{
    public const string ChartContentId = "digest-chart";

    public static string Render(WeeklyDigest digest, CardContext context)
    {
        var t = context.Texts;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#242424\">");
        html.Append(CultureInfo.InvariantCulture, $"<h1 style=\"font-size:20px\">{E(t.DigestTitle(digest.Frequency))}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.PeriodLine(context.Date(digest.From), context.Date(digest.To.AddTicks(-1))))} · {E(t.ContactCount(digest.Portfolios.SelectMany(p => p.Partners).SelectMany(a => a.Contacts).DistinctBy(c => c.ContactId).Count()))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><img src=\"cid:{ChartContentId}\" width=\"{DigestChart.Width}\" height=\"{DigestChart.Height}\" alt=\"{E(t.ChartAltText(digest.Chart.Count))}\"></p>");
        // The chart has no legend of its own: the e-mail names each portfolio's colour, as the card does.
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:12px;color:#616161\">{E(ColourNames.Legend(t))}</p>");
        foreach (var section in digest.Portfolios.Where(p => !p.IsEmpty))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"font-size:17px;border-bottom:1px solid #d1d1d1\">{E(t.PortfolioName(section.Portfolio))}</h2>");
            foreach (var activity in section.Partners)
            {
                var family = activity.Family is { } head ? $" <span style=\"font-weight:normal;color:#616161\">· {E(t.InFamily(head.DisplayName(context.Language)))}</span>" : "";
                html.Append(CultureInfo.InvariantCulture, $"<h3 style=\"font-size:15px\">{E(activity.Partner.DisplayName(context.Language))}{family}</h3><ul>");
                foreach (var contact in activity.Contacts)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li>{Contact(contact, context)}</li>");
                }

                html.Append("</ul>");
            }

            List(html, t.Overlaps, section.Overlaps.Select(o => E(t.OverlapLine(Who(o.First), Who(o.Second), o.Partner.DisplayName(context.Language), (int)Math.Abs((o.Second.Start - o.First.Start).TotalDays)))));
            List(html, t.NewFollowUps, section.NewFollowUps.Select(f => FollowUp(f, context)));
            List(html, t.OverdueFollowUpsTitle, section.OverdueFollowUps.Select(f => FollowUp(f, context)));
            List(html, t.PlannedAhead(digest.Frequency), section.Planned.Select(c => Contact(c, context) + OverlapAhead(section, c, context)));
            List(html, t.QuietPartners(digest.QuietAfterWeeks), section.QuietPartners.Select(p => E(p.DisplayName(context.Language))));
        }

        if (context.Links.ToTab("digest") is { } link)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(link.AbsoluteUri)}\">{E(t.OpenFullDigest)}</a></p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void List(StringBuilder html, string title, IEnumerable<string> items)
    {
        var lines = items.ToList();
        if (lines.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3 style=\"font-size:15px\">{E(title)}</h3><ul>");
        foreach (var line in lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{line}</li>");
        }

        html.Append("</ul>");
    }

    private static string Contact(ContactSummary contact, CardContext context) =>
        $"<b>{E(context.Date(contact.Start))}</b> · {E(context.Texts.ContactKindName(contact.Kind))} · {E(contact.Subject)}"
        + $"<br><span style=\"color:#616161\">{E(Who(contact))}</span>";

    /// <summary>The warning under a planned contact that overlaps another: in bold and red, since it is what to act on.</summary>
    private static string OverlapAhead(PortfolioDigest section, ContactSummary planned, CardContext context) =>
        section.PlannedOverlaps.FirstOrDefault(o => o.ContactId == planned.ContactId) is { } overlap
            ? $"<br><b style=\"color:#b10e1c\">⚠ {E(context.Texts.OverlapAhead(Who(overlap.Other), overlap.Partner.DisplayName(context.Language), context.Date(overlap.Other.Start)))}</b>"
            : "";

    private static string FollowUp(OpenFollowUp followUp, CardContext context) =>
        E(followUp.Text) + (followUp.Due is { } due ? " · " + E(context.Texts.Due(context.Day(due))) : "")
        + $"<br><span style=\"color:#616161\">{E(followUp.ContactSubject)} ({E(context.Date(followUp.ContactStart))})</span>";

    private static string Who(ContactSummary contact) =>
        string.Join(", ", contact.CoeParticipants.Take(4).Select(p => p.Mae is { Length: > 0 } mae ? $"{p.Name} ({mae})" : p.Name));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
