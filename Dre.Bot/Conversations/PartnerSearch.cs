using Dre.Core.Visibility;
using Dre.Bot.Cards;
using Dre.Core.Partners;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Dre.Bot.Conversations;

/// <summary>The message extension's partner search: status cards for the partners a query names, within Teams' time limit.</summary>
public sealed class PartnerSearch(PartnerStatusService statuses)
{
    public const string CommandId = "searchPartner";
    public const string Parameter = "query";
    public const int ResultCount = 8;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(4);

    public async Task<MessagingExtensionResponse> SearchAsync(BotTurn turn, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        var text = query.Parameters?.FirstOrDefault(p => p.Name == Parameter)?.Value?.ToString() ?? "";
        var found = query.CommandId != CommandId
            ? []
            : text.Trim().Length == 0
                ? turn.Partners.Partners.OrderBy(p => p.DisplayName(turn.Cards.Language), StringComparer.CurrentCulture).Take(ResultCount).ToList()
                : turn.Partners.Resolver.Resolve(text.Length > 200 ? text[..200] : text, ResultCount).Candidates.Select(c => c.Partner).ToList();

        // Teams waits 5 s for the answer: the statuses are read together, and a slow one falls back to a card without contacts.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        var results = await Task.WhenAll(found.Select(p => ResultAsync(turn, p, budget.Token)));
        return new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult { Type = "result", AttachmentLayout = AttachmentLayoutTypes.List, Attachments = results },
        };
    }

    private async Task<MessagingExtensionAttachment> ResultAsync(BotTurn turn, Partner partner, CancellationToken cancellationToken)
    {
        PartnerStatus status;
        try
        {
            // A result is inserted into a conversation, so it is rendered for that conversation's audience, whoever searched.
            status = await statuses.GetAsync(partner.Id, Readers.ConversationAudience(turn.Context.Activity.Conversation?.Id ?? ""), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            status = new PartnerStatus(partner, partner.ParentId is { } p ? turn.Partners.Find(p) : null, [], [], []);
        }

        var card = StatusCard.Build(status, turn.Cards, canEditStateOfPlay: false);
        var attachment = AdaptiveCard.ToAttachment(BotTurn.StampLanguage(card, turn.Cards.Language));
        var name = CardText.Plain(partner.DisplayName(turn.Cards.Language), 120);
        return new MessagingExtensionAttachment
        {
            ContentType = attachment.ContentType,
            Content = attachment.Content,
            Preview = new ThumbnailCard { Title = name, Text = CardText.Plain(turn.Texts.Kind(partner.Kind), 120) }.ToAttachment(),
        };
    }
}
