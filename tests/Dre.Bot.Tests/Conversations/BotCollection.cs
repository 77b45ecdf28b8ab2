namespace Dre.Bot.Tests.Conversations;

/// <summary>The conversation test classes share one composed service; each uses partners of its own so that their data does not meet.</summary>
[CollectionDefinition(Name)]
public sealed class BotCollection : ICollectionFixture<BotFixture>
{
    public const string Name = "Bot conversations";
}
