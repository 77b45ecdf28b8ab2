using Dre.Core.Partners;

namespace Dre.Bot.Conversations;

/// <summary>
/// Reads what a message asks for, in English or French. Commands ("my follow-ups", "route EU here") are read first;
/// otherwise the partners the message names are found first, anywhere in it, and only the words around them decide the
/// question (<see cref="QuestionWords"/>). Words are matched whole and normalized, never as substrings ("statut" is not
/// found inside another word), from the vocabularies of intents.json. Pure: the same text and instant give the same intent.
/// </summary>
public static class IntentRecognizer
{
    /// <summary>Longer than any request; the rest of a pasted text is not read.</summary>
    public const int MaxReadLength = MessageWords.MaxReadLength;

    /// <summary>
    /// Reads the message; with the directory's <paramref name="partners"/>, a partner named anywhere in it is found first
    /// and only the words around it decide what is asked, so that "any news from the OSCE?" is a status question.
    /// </summary>
    public static Intent Recognize(string? text, DateTimeOffset now, PartnerMentions? partners = null)
    {
        var message = MessageWords.Read(text);
        if (message.Words.Count == 0)
        {
            return new Intent(IntentKind.Help);
        }

        if (CommandWords.Read([.. message.Words], now) is { } command)
        {
            return command;
        }

        var words = new List<string>(message.Words);
        var named = partners is null ? [] : Named(partners, message);
        foreach (var mention in named.OrderByDescending(m => m.Start))
        {
            words.RemoveRange(mention.Start, mention.Length);
        }

        return QuestionWords.Read(words, [.. named.Select(m => m.Partner.Id)], now);
    }

    /// <summary>
    /// The partners named, in reading order. A word that is also a partner's code ("us", "who", "un") names it only when
    /// typed in capitals, and a word of the vocabularies is never taken for a partner's name with a typo.
    /// </summary>
    private static IReadOnlyList<PartnerMention> Named(PartnerMentions partners, MessageWords message)
    {
        var vocabulary = IntentVocabulary.Default;
        return partners.Find(message.Words, m =>
            !(m.Length == 1 && vocabulary.Common.Contains(message.Words[m.Start]) && !message.Capitals[m.Start])
            && !(m.Typo && vocabulary.Words.Contains(message.Words[m.Start])));
    }
}
