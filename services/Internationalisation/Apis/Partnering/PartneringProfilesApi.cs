using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.Internationalisation.IntegrationEvents;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Partnering;

/// <summary>
/// Partnering profiles: an organisation's users draft, edit, submit, withdraw and renew their
/// organisation's offers and requests; CEIP officers publish or return them; anyone searches the
/// published ones, which show no organisation and no contact.
/// </summary>
public static class PartneringProfilesApi
{
    public const string Path = "/api/internationalisation/partnering-profiles";

    private static readonly Keyset<PartneringProfile, DateTimeOffset> NewestPublished = Keyset.By<PartneringProfile, DateTimeOffset>(p => p.PublishedAt!.Value, p => p.Id, descending: true);
    private static readonly Keyset<PartneringProfile, DateOnly> ExpiringSoonest = Keyset.By<PartneringProfile, DateOnly>(p => p.ExpiresOn, p => p.Id, descending: false);
    private static readonly Keyset<PartneringProfile, DateTimeOffset> NewestCreated = Keyset.By<PartneringProfile, DateTimeOffset>(p => p.CreatedAt, p => p.Id, descending: true);

    public static IEndpointRouteBuilder MapPartneringProfilesApi(this IEndpointRouteBuilder app)
    {
        var profiles = app.MapGroup(Path).WithTags("Partnering profiles");
        profiles.MapPost("/", DraftProfile).WithName(nameof(DraftProfile))
            .WithSummary("Draft a partnering profile (offer or request) of the caller's organisation; Idempotency-Key supported")
            .ValidateRequest<PartneringProfileRequest>().WithIdempotency<InternationalisationDbContext>().RequireAuthorization(Policies.OrganisationUser);
        profiles.MapGet("/", SearchProfiles).WithName(nameof(SearchProfiles))
            .WithSummary("Published, unexpired profiles by their public face (no organisation, no contact), filtered by direction, kind, country, SPI, NACE and text; newest or expiring soonest first")
            .AllowAnonymous();
        profiles.MapGet("/managed", ListManagedProfiles).WithName(nameof(ListManagedProfiles))
            .WithSummary("Profiles in full, any state, newest first: an organisation's users their own, cluster managers their active members', CEIP officers all (status=submitted: the validation queue)")
            .RequireAuthorization(Policies.Authenticated);
        profiles.MapGet("/{id:guid}", GetProfile).WithName(nameof(GetProfile))
            .WithSummary("A profile: in full for its organisation's users, its clusters' managers and CEIP officers; its public face for anyone else while published and unexpired")
            .AllowAnonymous();
        profiles.MapPut("/{id:guid}", EditProfile).WithName(nameof(EditProfile)).RequiresIfMatch()
            .WithSummary("Edit a draft or returned profile; its organisation's users; If-Match required")
            .ValidateRequest<PartneringProfileRequest>().RequireAuthorization(Policies.OrganisationUser);
        profiles.MapPost("/{id:guid}/submit", SubmitProfile).WithName(nameof(SubmitProfile)).AcceptsIfMatch()
            .WithSummary("Submit a draft or returned profile for CEIP's validation; its organisation's users").RequireAuthorization(Policies.OrganisationUser);
        profiles.MapPost("/{id:guid}/publish", PublishProfile).WithName(nameof(PublishProfile)).AcceptsIfMatch()
            .WithSummary("Validate a submitted profile: public under its new reference (e.g. BOIT20261124001) until it expires; announced; CEIP officers")
            .RequireAuthorization(Policies.CeipOfficer);
        profiles.MapPost("/{id:guid}/return", ReturnProfile).WithName(nameof(ReturnProfile)).AcceptsIfMatch()
            .WithSummary("Return a submitted profile to its owner with what to change; CEIP officers")
            .ValidateRequest<ReturnProfileRequest>().RequireAuthorization(Policies.CeipOfficer);
        profiles.MapPost("/{id:guid}/withdraw", WithdrawProfile).WithName(nameof(WithdrawProfile)).AcceptsIfMatch()
            .WithSummary("Withdraw the profile, in any state; a published one is announced as withdrawn; its organisation's users")
            .ValidateRequest<WithdrawProfileRequest>().RequireAuthorization(Policies.OrganisationUser);
        profiles.MapPost("/{id:guid}/renew", RenewProfile).WithName(nameof(RenewProfile)).AcceptsIfMatch()
            .WithSummary("Extend a published (or expired) profile's expiry, at most 12 months from today; it stays published; its organisation's users")
            .ValidateRequest<RenewProfileRequest>().RequireAuthorization(Policies.OrganisationUser);
        return app;
    }

    public static async Task<Created<PartneringProfileResponse>> DraftProfile(PartneringProfileRequest request, [AsParameters] InternationalisationServices services)
    {
        var organisationId = services.User.OrganisationId ?? throw PartneringRules.OwnersOnly();
        var profile = PartneringProfile.Draft(organisationId, request.ToTerms(), services.User.AuditName, services.Now);
        services.Db.PartneringProfiles.Add(profile);
        services.Audit("partnering-profile.drafted", "partnering-profile", profile.Id, AuditDetails(profile));
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, profile.Version);
        return TypedResults.Created($"{Path}/{profile.Id}", await PartneringReads.ProfileAsync(services, profile, withPrivate: true));
    }

    public static async Task<Ok<Page<PartneringProfileResponse>>> SearchProfiles([AsParameters] InternationalisationServices services, string? direction, string? kind,
        string? country, string? prioritySystem, string? nace, string? q, string? sort, string? cursor, int? limit)
    {
        var query = PartneringVisibility.Public(services.Db.PartneringProfiles.AsNoTracking(), PartneringRules.Today(services.Now));
        if (QueryValues.Enum<ProfileDirection>(direction, nameof(direction)) is { } d)
        {
            query = query.Where(p => p.Direction == d);
        }
        if (QueryValues.Enum<ProfileKind>(kind, nameof(kind)) is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }
        if (Code(country, nameof(country), CountryCodes.All.Contains, "an ISO 3166-1 alpha-2 country code") is { } c)
        {
            query = query.Where(p => p.CountriesOfInterest.Contains(c));
        }
        if (Code(prioritySystem, nameof(prioritySystem), s => ReferenceCodes.PrioritySystems.Contains(s), "a priority system (SPI)") is { } spi)
        {
            query = query.Where(p => p.PrioritySystems.Contains(spi));
        }
        if (Code(nace, nameof(nace), ReferenceCodes.IsNaceCode, "a NACE Rev. 2 / ATECO code such as 28 or 28.29") is { } n)
        {
            // A division, group or class takes in everything below it: 28 finds 28.29 (digits and dots, nothing LIKE reads as a wildcard).
            var prefix = n + "%";
            query = query.Where(p => p.NaceCodes.Any(code => EF.Functions.Like(code, prefix)));
        }
        foreach (var term in Terms(q))
        {
            query = query.Where(p => p.SearchText.Contains(term));
        }
        var page = QueryValues.Enum<ProfileSort>(sort, nameof(sort)) == ProfileSort.Expiring
            ? await ExpiringSoonest.ReadAsync(query, cursor, limit, services.Cancellation)
            : await NewestPublished.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(await PartneringReads.PageAsync(services, page, withPrivate: false));
    }

    public static async Task<Ok<Page<PartneringProfileResponse>>> ListManagedProfiles([AsParameters] InternationalisationServices services, string? status,
        Guid? organisationId, string? direction, string? kind, string? cursor, int? limit)
    {
        var query = PartneringVisibility.Full(services.Db.PartneringProfiles.AsNoTracking(), services.Db, services.User);
        var today = PartneringRules.Today(services.Now);
        query = QueryValues.Enum<ProfileStatus>(status, nameof(status)) switch
        {
            null => query,
            ProfileStatus.Published => PartneringVisibility.Public(query, today),
            ProfileStatus.Expired => query.Where(p => p.Status == ProfileStatus.Published && p.ExpiresOn < today),
            { } s => query.Where(p => p.Status == s),
        };
        if (organisationId is { } organisation)
        {
            query = query.Where(p => p.OrganisationId == organisation);
        }
        if (QueryValues.Enum<ProfileDirection>(direction, nameof(direction)) is { } d)
        {
            query = query.Where(p => p.Direction == d);
        }
        if (QueryValues.Enum<ProfileKind>(kind, nameof(kind)) is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }
        var page = await NewestCreated.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(await PartneringReads.PageAsync(services, page, withPrivate: true));
    }

    public static async Task<Results<Ok<PartneringProfileResponse>, NotFound>> GetProfile(Guid id, [AsParameters] InternationalisationServices services)
    {
        var profiles = services.Db.PartneringProfiles.AsNoTracking();
        var full = await PartneringVisibility.Full(profiles, services.Db, services.User).FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        var profile = full ?? await PartneringVisibility.Public(profiles, PartneringRules.Today(services.Now)).FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        if (profile is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, profile.Version);
        return TypedResults.Ok(await PartneringReads.ProfileAsync(services, profile, withPrivate: full is not null));
    }

    public static async Task<Results<Ok<PartneringProfileResponse>, NotFound>> EditProfile(Guid id, PartneringProfileRequest request, [AsParameters] InternationalisationServices services)
    {
        if (await OwnAsync(services, id, ifMatchRequired: true) is not { } profile)
        {
            return TypedResults.NotFound();
        }
        profile.Edit(request.ToTerms(), services.Now);
        services.Audit("partnering-profile.edited", "partnering-profile", profile.Id, AuditDetails(profile));
        return await SavedAsync(services, profile);
    }

    public static async Task<Results<Ok<PartneringProfileResponse>, NotFound>> SubmitProfile(Guid id, [AsParameters] InternationalisationServices services)
    {
        if (await OwnAsync(services, id) is not { } profile)
        {
            return TypedResults.NotFound();
        }
        profile.Submit(services.Now);
        services.Audit("partnering-profile.submitted", "partnering-profile", profile.Id);
        return await SavedAsync(services, profile);
    }

    public static async Task<Results<Ok<PartneringProfileResponse>, NotFound>> PublishProfile(Guid id, [AsParameters] InternationalisationServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (await ToValidateAsync(services, id) is not { } profile)
        {
            return TypedResults.NotFound();
        }
        var today = PartneringRules.Today(services.Now);
        profile.Publish(today, await services.Db.NextPartneringSequenceAsync(today, services.Cancellation), services.User.AuditName, services.Now);
        services.RecordChange(PartneringEvents.Published(profile), "partnering-profile.published", "partnering-profile", profile.Id, new { profile.Reference });
        var saved = await SavedAsync(services, profile);
        await transaction.CommitAsync(services.Cancellation);
        return saved;
    }

    public static async Task<Results<Ok<PartneringProfileResponse>, NotFound>> ReturnProfile(Guid id, ReturnProfileRequest request, [AsParameters] InternationalisationServices services)
    {
        if (await ToValidateAsync(services, id) is not { } profile)
        {
            return TypedResults.NotFound();
        }
        profile.Return(request.Reason!.Trim(), services.User.AuditName, services.Now);
        services.Audit("partnering-profile.returned", "partnering-profile", profile.Id, request);
        return await SavedAsync(services, profile);
    }

    public static async Task<Results<Ok<PartneringProfileResponse>, NotFound>> WithdrawProfile(Guid id, WithdrawProfileRequest request, [AsParameters] InternationalisationServices services)
    {
        if (await OwnAsync(services, id) is not { } profile)
        {
            return TypedResults.NotFound();
        }
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (profile.Withdraw(reason, services.Now))
        {
            services.RecordChange(PartneringEvents.Withdrawn(profile), "partnering-profile.withdrawn", "partnering-profile", profile.Id, request);
        }
        else
        {
            services.Audit("partnering-profile.withdrawn", "partnering-profile", profile.Id, request);
        }
        return await SavedAsync(services, profile);
    }

    public static async Task<Results<Ok<PartneringProfileResponse>, NotFound>> RenewProfile(Guid id, RenewProfileRequest request, [AsParameters] InternationalisationServices services)
    {
        if (await OwnAsync(services, id) is not { } profile)
        {
            return TypedResults.NotFound();
        }
        profile.Renew(request.ExpiresOn!.Value, services.Now);
        services.Audit("partnering-profile.renewed", "partnering-profile", profile.Id, request);
        return await SavedAsync(services, profile);
    }

    /// <summary>
    /// The profile for its owner to change, once the If-Match (required or, if sent, checked)
    /// matches. Another organisation's profile is not found, unless it is public: then changing it
    /// is forbidden (403).
    /// </summary>
    private static async Task<PartneringProfile?> OwnAsync(InternationalisationServices services, Guid id, bool ifMatchRequired = false)
    {
        var profile = await services.Db.PartneringProfiles.FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        if (profile is not null && !services.User.ActsFor(profile.OrganisationId))
        {
            return profile.IsPublicOn(PartneringRules.Today(services.Now)) ? throw PartneringRules.OwnersOnly() : null;
        }
        return profile is null ? null : Matched(services, profile, ifMatchRequired);
    }

    /// <summary>The profile for a CEIP officer to publish or return, once the If-Match, if sent, matches.</summary>
    private static async Task<PartneringProfile?> ToValidateAsync(InternationalisationServices services, Guid id) =>
        await services.Db.PartneringProfiles.FirstOrDefaultAsync(p => p.Id == id, services.Cancellation) is { } profile ? Matched(services, profile, false) : null;

    private static PartneringProfile Matched(InternationalisationServices services, PartneringProfile profile, bool required)
    {
        if (required)
        {
            ETags.RequireMatch(services.HttpContext, profile.Version);
        }
        else
        {
            ETags.CheckMatch(services.HttpContext, profile.Version);
        }
        return profile;
    }

    private static async Task<Results<Ok<PartneringProfileResponse>, NotFound>> SavedAsync(InternationalisationServices services, PartneringProfile profile)
    {
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, profile.Version);
        return TypedResults.Ok(await PartneringReads.ProfileAsync(services, profile, withPrivate: true));
    }

    /// <summary>What the audit trail keeps of a profile's terms: not its contact (personal data) nor its texts.</summary>
    private static object AuditDetails(PartneringProfile p) => new { p.Direction, p.Kind, p.CountriesOfInterest, p.PrioritySystems, p.NaceCodes, p.ExpiresOn };

    /// <summary>A reference code given as a query value, upper-cased; one not in its list is a validation problem naming the parameter.</summary>
    private static string? Code(string? value, string parameter, Func<string, bool> known, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var code = value.Trim().ToUpperInvariant();
        return known(code) ? code : throw new RequestValidationException(parameter, $"'{value}' is not {what}.");
    }

    /// <summary>Up to five words of the free-text query, in lower case; a profile matches when its titles, summaries or keywords hold every one.</summary>
    private static IEnumerable<string> Terms(string? q) =>
        (q ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(5);
}
