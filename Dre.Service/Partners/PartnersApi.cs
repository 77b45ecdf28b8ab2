using Dre.Core.Audit;
using Dre.Core.Identity;
using Dre.Service.Hosting;
using Dre.Core.Partners;
using Dre.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dre.Service.Partners;

public static class PartnersApi
{
    private const int MaxQueryLength = 200;
    private const int MaxAddresses = 100;

    public static RouteGroupBuilder MapPartnersApi(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partners").WithTags("Partners");
        partners.MapGet("/", Search);
        partners.MapGet("/match", MatchEmails);
        partners.MapGet("/unmatched-domains", UnmatchedDomainList);
        partners.MapPost("/unmatched-domains/{domain}/ignore", IgnoreDomain);
        partners.MapGet("/{id}", Get);
        partners.MapGet("/{id}/status", GetStatus);
        partners.MapPut("/{id}/state-of-play", UpdateStateOfPlay);
        partners.MapPost("/{id}/domains", AddDomain);
        partners.MapGet("/{id}/history", History);
        partners.MapPost("/", Create);
        partners.MapPatch("/{id}", Edit);
        partners.MapPost("/{id}/archive", Archive);
        return api;
    }

    /// <summary>With q: the resolver's answer (one match, or ranked candidates). Without: the whole directory.</summary>
    public static async Task<Ok<PartnerSearchResult>> Search(string? q, int? limit, IPartnerDirectory directory, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var query = errors.Line("q", q, MaxQueryLength);
        if (limit is < 1 or > 50)
        {
            errors.Add("limit", "limit is between 1 and 50.");
        }

        errors.ThrowIfAny();
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        if (query is null)
        {
            return TypedResults.Ok(new PartnerSearchResult(null, snapshot.Partners.Select(PartnerCard.Of).ToList()));
        }

        var resolution = snapshot.Resolver.Resolve(query, limit ?? 5);
        return TypedResults.Ok(new PartnerSearchResult(
            resolution.Match is { } match ? PartnerCard.Of(match) : null,
            resolution.Candidates.Where(c => c.Partner != resolution.Match).Select(c => PartnerCard.Of(c.Partner)).ToList()));
    }

    /// <summary>Each address's partner by its domain; the domains no partner has are counted for the officers' triage.</summary>
    public static async Task<Ok<IReadOnlyList<EmailMatchResult>>> MatchEmails(string[]? email, IPartnerDirectory directory, UnmatchedDomains unmatched, CancellationToken cancellationToken)
    {
        var addresses = (email ?? []).SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var errors = new InputErrors();
        errors.Count("email", addresses, MaxAddresses, min: 1);
        foreach (var (address, i) in addresses.Select((a, i) => (a, i)))
        {
            errors.Line($"email[{i}]", address, 320);
        }

        errors.ThrowIfAny();
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var matches = addresses.Select(snapshot.Domains.Match).ToList();
        await unmatched.RecordAsync(matches, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<EmailMatchResult>>(matches.Select(EmailMatchResult.Of).ToList());
    }

    /// <summary>DRE officers: the domains still to triage.</summary>
    public static async Task<Ok<IReadOnlyList<UnmatchedDomain>>> UnmatchedDomainList(HttpContext http, IPartnerDirectory directory, UnmatchedDomains unmatched, CancellationToken cancellationToken) =>
        TypedResults.Ok(await unmatched.ListAsync(await directory.GetSnapshotAsync(cancellationToken), http.User.ToUserContext(), cancellationToken));

    /// <summary>DRE officers: a domain that is no partner's (a conference's, a provider's) leaves the list.</summary>
    public static async Task<NoContent> IgnoreDomain(string domain, HttpContext http, UnmatchedDomains unmatched, CancellationToken cancellationToken)
    {
        await unmatched.IgnoreAsync(domain, http.User.ToUserContext(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<Partner>> Get(string id, HttpContext http, IPartnerDirectory directory, CancellationToken cancellationToken)
    {
        var partner = (await directory.GetSnapshotAsync(cancellationToken)).Find(KeyRules.Require("id", id)) ?? throw new NotFoundException("The partner");
        http.Response.Headers.ETag = partner.Version;
        return TypedResults.Ok(partner);
    }

    public static async Task<Ok<PartnerStatus>> GetStatus(string id, HttpContext http, PartnerStatusService status, CancellationToken cancellationToken) =>
        TypedResults.Ok(await status.GetAsync(KeyRules.Require("id", id), http.User.ToUserContext(), cancellationToken));

    public static async Task<Ok<Partner>> UpdateStateOfPlay(string id, StateOfPlayUpdate body, HttpContext http, IPartnerDirectory directory, CancellationToken cancellationToken)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch))
        {
            throw InputException.For("If-Match", "Send the version you edited in the If-Match header.");
        }

        var partner = await directory.UpdateStateOfPlayAsync(KeyRules.Require("id", id), body.Text ?? "", ifMatch, http.User.ToUserContext(), cancellationToken: cancellationToken);
        http.Response.Headers.ETag = partner.Version;
        return TypedResults.Ok(partner);
    }

    public static async Task<Ok<Partner>> AddDomain(string id, DomainAddition body, HttpContext http, IPartnerDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.AddDomainAsync(KeyRules.Require("id", id), body.Domain ?? "", http.User.ToUserContext(), cancellationToken));

    /// <summary>DRE officers add a partner: 201 with Location and ETag.</summary>
    public static async Task<Created<Partner>> Create(PartnerInput? body, HttpContext http, PartnerEdits edits, CancellationToken cancellationToken)
    {
        var partner = await edits.CreateAsync(body ?? throw InputException.For("body", "Send the partner as a JSON object."), http.User.ToUserContext(), cancellationToken: cancellationToken);
        http.Response.Headers.ETag = partner.Version;
        return TypedResults.Created($"/api/partners/{partner.Id}", partner);
    }

    /// <summary>DRE officers change a partner's directory facts (If-Match required; a stale one gets 412 with the current partner).</summary>
    public static async Task<Ok<Partner>> Edit(string id, PartnerInput? body, HttpContext http, PartnerEdits edits, CancellationToken cancellationToken)
    {
        var partner = await edits.UpdateAsync(KeyRules.Require("id", id), body ?? throw InputException.For("body", "Send the changes as a JSON object."), http.Request.Headers.IfMatch.ToString(), http.User.ToUserContext(), cancellationToken: cancellationToken);
        http.Response.Headers.ETag = partner.Version;
        return TypedResults.Ok(partner);
    }

    /// <summary>DRE officers archive a partner (If-Match optional): it stays for the contacts that name it.</summary>
    public static async Task<Ok<Partner>> Archive(string id, HttpContext http, PartnerEdits edits, CancellationToken cancellationToken)
    {
        var partner = await edits.ArchiveAsync(KeyRules.Require("id", id), http.Request.Headers.IfMatch.ToString(), http.User.ToUserContext(), cancellationToken: cancellationToken);
        http.Response.Headers.ETag = partner.Version;
        return TypedResults.Ok(partner);
    }

    /// <summary>The partner's changes, oldest first: states of play, domains, edits.</summary>
    public static async Task<Ok<IReadOnlyList<AuditEntry>>> History(string id, HttpContext http, IPartnerDirectory directory, AuditTrail audit, CancellationToken cancellationToken)
    {
        var partner = (await directory.GetSnapshotAsync(cancellationToken)).Find(KeyRules.Require("id", id)) ?? throw new NotFoundException("The partner");
        return TypedResults.Ok(await audit.ReadAsync(AuditTrail.PartnerSubject(partner.Id), http.User.ToUserContext(), cancellationToken));
    }
}

public sealed record PartnerSearchResult(PartnerCard? Match, IReadOnlyList<PartnerCard> Candidates);

/// <summary>A partner as a picker lists it.</summary>
public sealed record PartnerCard(string Id, string NameEn, string NameFr, PartnerKind Kind, Portfolio Portfolio, IReadOnlyList<string> Aliases, string? ParentId, bool Archived)
{
    public static PartnerCard Of(Partner p) => new(p.Id, p.Name.En, p.Name.Fr, p.Kind, p.Portfolio, p.Aliases, p.ParentId, p.Archived);
}

public sealed record EmailMatchResult(string Address, EmailMatchKind Kind, string? PartnerId, string? PartnerNameEn, string? PartnerNameFr)
{
    public static EmailMatchResult Of(EmailMatch m) => new(m.Address, m.Kind, m.Partner?.Id, m.Partner?.Name.En, m.Partner?.Name.Fr);
}

public sealed record StateOfPlayUpdate(string? Text);

public sealed record DomainAddition(string? Domain);
