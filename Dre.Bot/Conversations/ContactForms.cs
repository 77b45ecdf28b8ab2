using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Partners;
using Dre.Core.Validation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Conversations;

/// <summary>The "log a contact" form: sending it, the partner typeahead behind its picker, and its submission.</summary>
public sealed partial class ContactForms(ContactService contacts, BotClaims claims, ILogger<ContactForms> logger)
{
    public const string SearchInvokeName = "application/search";
    public const int SearchResultCount = 15;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoErrors = new Dictionary<string, IReadOnlyList<string>>();

    public static Task SendFormAsync(BotTurn turn, string? partnerId, CancellationToken cancellationToken) =>
        turn.SendCardAsync(ContactFormCard.Build(NewFormId(), new ContactFormValues { PartnerId = partnerId }, NoErrors, turn.Cards), cancellationToken);

    public async Task SubmitAsync(BotTurn turn, JObject submitted, CancellationToken cancellationToken)
    {
        var formId = SubmitData.Text(submitted, ContactFormCard.FormIdKey, 100);
        var values = ContactFormReader.Values(submitted);
        if (formId is null)
        {
            await turn.SayAsync(turn.Texts.UnknownAction, cancellationToken);
            return;
        }

        var (draft, readErrors) = ContactFormReader.ToDraft(values, turn.Texts);
        if (draft is null)
        {
            await ShowErrorsAsync(turn, formId, values, readErrors, cancellationToken);
            return;
        }

        if (!await claims.TryClaimFormAsync(formId, turn.User.UserId, cancellationToken))
        {
            await turn.SayAsync(turn.Texts.FormAlreadyUsed, cancellationToken);
            return;
        }

        LogResult result;
        try
        {
            result = await contacts.LogAsync(draft, turn.User, cancellationToken);
        }
        catch (InputException ex)
        {
            await claims.ReleaseFormAsync(formId, cancellationToken);
            await ShowErrorsAsync(turn, formId, values, ContactFormReader.ToInputs(ex.Errors, turn.Texts), cancellationToken);
            return;
        }
        catch
        {
            await claims.ReleaseFormAsync(formId, CancellationToken.None);
            throw;
        }

        if (result.Contact is null)
        {
            await turn.ReplaceCardAsync(ContactLoggedCard.Withheld(turn.Cards), cancellationToken);
            return;
        }

        LogContactLogged(logger, result.Contact.Id, formId);
        await turn.ReplaceCardAsync(ContactLoggedCard.Build(result, turn.Cards), cancellationToken);
    }

    /// <summary>Teams' typeahead for the form's partner picker: the resolver's candidates for what the user has typed so far.</summary>
    public static InvokeResponse Search(IInvokeActivity activity, PartnerSnapshot partners, Language language)
    {
        var value = activity.Value as JObject;
        var query = SubmitData.Text(value, "queryText", 1_000) ?? "";
        var dataset = SubmitData.Text(value, "dataset");
        if (dataset is not null && dataset != ContactFormCard.PartnersDataset)
        {
            return new InvokeResponse { Status = 200, Body = SearchBody([]) };
        }

        var found = query.Trim().Length == 0
            ? partners.Partners.OrderBy(p => p.DisplayName(language), StringComparer.CurrentCulture).Take(SearchResultCount).ToList()
            : partners.Resolver.Resolve(query.Length > 200 ? query[..200] : query, SearchResultCount).Candidates.Select(c => c.Partner).ToList();
        return new InvokeResponse { Status = 200, Body = SearchBody(found.Select(p => (CardText.Plain(p.DisplayName(language), 120), p.Id))) };
    }

    private static JObject SearchBody(IEnumerable<(string Title, string Value)> results) => new()
    {
        ["type"] = "application/vnd.microsoft.search.searchResponse",
        ["value"] = new JObject { ["results"] = new JArray(results.Select(r => new JObject { ["title"] = r.Title, ["value"] = r.Value })) },
    };

    private static Task ShowErrorsAsync(BotTurn turn, string formId, ContactFormValues values, Dictionary<string, List<string>> errors, CancellationToken cancellationToken)
    {
        var byInput = errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal);
        return turn.ReplaceCardAsync(ContactFormCard.Build(formId, values, byInput, turn.Cards), cancellationToken);
    }

    private static string NewFormId() => Guid.NewGuid().ToString("N");

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact {ContactId} logged from Teams form {FormId}")]
    private static partial void LogContactLogged(ILogger logger, string contactId, string formId);
}
