using System.Globalization;
using Dre.Core.Localization;
using static Dre.Bot.Conversations.PhraseMatch;
using V = Dre.Bot.Conversations.IntentVocabulary;

namespace Dre.Bot.Conversations;

/// <summary>The period a message names, in English or French: "last week", "ce mois-ci", "next week", "since 1 October", "depuis le 3 mars".</summary>
internal static class PeriodWords
{
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] Mois = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    public static Period? TakePeriod(List<string> words, DateTimeOffset now, out bool invalid)
    {
        invalid = false;
        var today = ParisTime.Today(now);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var tomorrow = ParisTime.StartOf(today.AddDays(1));

        (string Name, DateOnly From, DateOnly To)[] fixedPeriods =
        [
            ("today", today, today.AddDays(1)),
            ("yesterday", today.AddDays(-1), today),
            ("tomorrow", today.AddDays(1), today.AddDays(2)),
            ("thisWeek", weekStart, today.AddDays(1)),
            ("lastWeek", weekStart.AddDays(-7), weekStart),
            ("nextWeek", weekStart.AddDays(7), weekStart.AddDays(14)),
            ("thisMonth", monthStart, today.AddDays(1)),
            ("lastMonth", monthStart.AddMonths(-1), monthStart),
            ("nextMonth", monthStart.AddMonths(1), monthStart.AddMonths(2)),
            ("thisYear", new DateOnly(today.Year, 1, 1), today.AddDays(1)),
        ];
        foreach (var (name, from, to) in fixedPeriods)
        {
            if (Take(words, V.Default[V.Period(name)]))
            {
                return new Period(ParisTime.StartOf(from), ParisTime.StartOf(to));
            }
        }

        var sinceWords = V.Default[V.Period("since")];
        var since = words.FindIndex(w => sinceWords.Any(p => p.Length == 1 && p[0] == w));
        if (since >= 0 && words.Skip(since + 1).Any(w => IsDateWord(w)))
        {
            var end = since + 1;
            while (end < words.Count && (IsDateWord(words[end]) || words[end] is "le" or "the" or "of"))
            {
                end++;
            }

            var dateWords = words.GetRange(since + 1, end - since - 1);
            words.RemoveRange(since, end - since);
            if (ParseDate(dateWords, today) is { } day)
            {
                return new Period(ParisTime.StartOf(day), tomorrow);
            }

            invalid = true;
        }

        return null;
    }

    private static bool IsDateWord(string word) =>
        word.StartsWith("iso", StringComparison.Ordinal)
        || Array.IndexOf(Months, word) >= 0 || Array.IndexOf(Mois, word) >= 0
        || word is "1er" or "1st" or "2nd" or "3rd"
        || (word.Length <= 4 && word.TrimEnd('s', 't', 'h', 'n', 'd', 'r').All(char.IsAsciiDigit) && word.Any(char.IsAsciiDigit));

    /// <summary>"1 October", "1er octobre", "October 1st", "1 octobre 2025", "2026-10-01"; a day without a year is the last one not in the future.</summary>
    private static DateOnly? ParseDate(List<string> words, DateOnly today)
    {
        if (words.FirstOrDefault(w => w.StartsWith("iso", StringComparison.Ordinal)) is { } iso)
        {
            return DateOnly.TryParseExact(iso[3..], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDay) ? isoDay : null;
        }

        int? day = null, month = null, year = null;
        foreach (var word in words)
        {
            var monthIndex = Math.Max(Array.IndexOf(Months, word), Array.IndexOf(Mois, word));
            if (monthIndex >= 0)
            {
                month = monthIndex + 1;
                continue;
            }

            var digits = new string([.. word.TakeWhile(char.IsAsciiDigit)]);
            if (digits.Length == 4 && int.TryParse(digits, CultureInfo.InvariantCulture, out var y))
            {
                year = y;
            }
            else if (digits.Length is 1 or 2 && int.TryParse(digits, CultureInfo.InvariantCulture, out var d))
            {
                day = d;
            }
        }

        if (day is not { } dd || month is not { } mm || dd > DateTime.DaysInMonth(year ?? today.Year, mm))
        {
            return null;
        }

        var date = new DateOnly(year ?? today.Year, mm, dd);
        return year is null && date > today ? date.AddYears(-1) : date;
    }
}
