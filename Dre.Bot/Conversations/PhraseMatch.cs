using Dre.Core.Partners;

namespace Dre.Bot.Conversations;

/// <summary>Finds and removes vocabulary phrases in a message's normalized words, whole words only.</summary>
internal static class PhraseMatch
{
    /// <summary>Removes the first phrase of <paramref name="phrases"/> found in <paramref name="words"/> (longest first, as the vocabulary orders them).</summary>
    public static bool Take(List<string> words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var at = IndexOf(words, phrase);
            if (at >= 0)
            {
                words.RemoveRange(at, phrase.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes every phrase of <paramref name="phrases"/> found, so that what is left can only be a name.</summary>
    public static bool TakeAll(List<string> words, string[][] phrases)
    {
        var any = false;
        while (Take(words, phrases))
        {
            any = true;
        }

        return any;
    }

    public static bool Contains(List<string> words, string[][] phrases) => phrases.Any(p => IndexOf(words, p) >= 0);

    /// <summary>What is left names the partner, once the vocabulary's filler words are cut from both ends ("with the EU, please").</summary>
    public static string? Rest(List<string> words)
    {
        var fillers = IntentVocabulary.Default[IntentVocabulary.Fillers];
        bool cut;
        do
        {
            cut = false;
            foreach (var filler in fillers)
            {
                if (words.Count >= filler.Length && Matches(words, 0, filler))
                {
                    words.RemoveRange(0, filler.Length);
                    cut = true;
                }
                else if (words.Count >= filler.Length && Matches(words, words.Count - filler.Length, filler))
                {
                    words.RemoveRange(words.Count - filler.Length, filler.Length);
                    cut = true;
                }
            }
        }
        while (cut);

        var rest = string.Join(' ', words);
        return TextNormalizer.Normalize(rest).Length == 0 ? null : rest;
    }

    private static int IndexOf(List<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (Matches(words, i, phrase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Matches(List<string> words, int at, string[] phrase)
    {
        for (var j = 0; j < phrase.Length; j++)
        {
            if (words[at + j] != phrase[j])
            {
                return false;
            }
        }

        return true;
    }
}
