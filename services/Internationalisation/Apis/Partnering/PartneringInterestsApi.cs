using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Partnering;
using PiedmontSystem.Internationalisation.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Partnering;

/// <summary>
/// Expressions of interest in partnering profiles: another organisation's users express one in a
/// published profile; the owner's users accept it (the two sides then see each other's contact) or
/// decline it; each side reads its own, CEIP officers all.
/// </summary>
public static class PartneringInterestsApi
{
    public const string Path = "/api/internationalisation/partnering-interests";

    private static readonly Keyset<PartneringInterest, DateTimeOffset> Newest = Keyset.By<PartneringInterest, DateTimeOffset>(i => i.ExpressedAt, i => i.Id, descending: true);

    public static IEndpointRouteBuilder MapPartneringInterestsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(PartneringProfilesApi.Path + "/{id:guid}/interests", ExpressInterest).WithTags("Partnering interests").WithName(nameof(ExpressInterest))
            .WithSummary("Express the caller's organisation's interest in another organisation's published profile (one pending or accepted at a time); announced; Idempotency-Key supported")
            .ValidateRequest<InterestRequest>().WithIdempotency<InternationalisationDbContext>().RequireAuthorization(Policies.OrganisationUser);
        var interests = app.MapGroup(Path).WithTags("Partnering interests");
        interests.MapGet("/", ListInterests).WithName(nameof(ListInterests))
            .WithSummary("Interests, newest first: an organisation's users those it expressed and those in its profiles, CEIP officers all; filtered by profile and status")
            .RequireAuthorization(Policies.Authenticated);
        interests.MapGet("/{id:guid}", GetInterest).WithName(nameof(GetInterest))
            .WithSummary("An interest: the profile's owner, the interested organisation and CEIP officers; the owner's contact once accepted").RequireAuthorization(Policies.Authenticated);
        interests.MapPost("/{id:guid}/accept", AcceptInterest).WithName(nameof(AcceptInterest)).AcceptsIfMatch()
            .WithSummary("Accept an interest: the two organisations see each other's contact; the profile owner's users").RequireAuthorization(Policies.OrganisationUser);
        interests.MapPost("/{id:guid}/decline", DeclineInterest).WithName(nameof(DeclineInterest)).AcceptsIfMatch()
            .WithSummary("Decline an interest with a reason the interested organisation reads; the profile owner's users")
            .ValidateRequest<DeclineInterestRequest>().RequireAuthorization(Policies.OrganisationUser);
        return app;
    }

    public static async Task<Results<Created<PartneringInterestResponse>, NotFound>> ExpressInterest(Guid id, InterestRequest request, [AsParameters] InternationalisationServices services)
    {
        var organisationId = services.User.OrganisationId ?? throw PartneringRules.OwnersOnly();
        var profile = await services.Db.PartneringProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        // Another organisation's profile that is not public does not exist for the caller.
        if (profile is null || (profile.OrganisationId != organisationId && !profile.IsPublicOn(PartneringRules.Today(services.Now))))
        {
            return TypedResults.NotFound();
        }
        var existing = await services.Db.PartneringInterests.Where(PartneringInterest.IsLive)
            .Where(i => i.ProfileId == id && i.OrganisationId == organisationId).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(services.Cancellation);
        if (existing is not null)
        {
            throw PartneringRules.InterestAlreadyExpressed(existing);
        }
        var interest = PartneringInterest.Express(profile, organisationId, Trimmed(request.MessageIt), Trimmed(request.MessageEn), request.Contact!.ToContact(),
            services.User.AuditName, services.Now);
        services.Db.PartneringInterests.Add(interest);
        services.RecordChange(PartneringEvents.Expressed(interest, profile), "partnering-interest.expressed", "partnering-interest", interest.Id, new { interest.ProfileId });
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation(PartneringInterestConfiguration.LiveInterestIndex))
        {
            throw PartneringRules.InterestAlreadyExpressed(null);
        }
        ETags.Set(services.HttpContext, interest.Version);
        return TypedResults.Created($"{Path}/{interest.Id}", await ResponseAsync(services, interest));
    }

    public static async Task<Ok<Page<PartneringInterestResponse>>> ListInterests([AsParameters] InternationalisationServices services, Guid? profileId, string? status,
        string? cursor, int? limit)
    {
        var query = PartneringVisibility.Interests(services.Db.PartneringInterests.AsNoTracking(), services.Db, services.User);
        if (profileId is { } profile)
        {
            query = query.Where(i => i.ProfileId == profile);
        }
        if (QueryValues.Enum<InterestStatus>(status, nameof(status)) is { } s)
        {
            query = query.Where(i => i.Status == s);
        }
        var page = await Newest.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(new Page<PartneringInterestResponse>(await PartneringReads.InterestsAsync(services, page.Rows), page.NextCursor));
    }

    public static async Task<Results<Ok<PartneringInterestResponse>, NotFound>> GetInterest(Guid id, [AsParameters] InternationalisationServices services)
    {
        var interest = await PartneringVisibility.Interests(services.Db.PartneringInterests.AsNoTracking(), services.Db, services.User)
            .FirstOrDefaultAsync(i => i.Id == id, services.Cancellation);
        if (interest is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, interest.Version);
        return TypedResults.Ok(await ResponseAsync(services, interest));
    }

    public static async Task<Results<Ok<PartneringInterestResponse>, NotFound>> AcceptInterest(Guid id, [AsParameters] InternationalisationServices services)
    {
        if (await AnswerableAsync(services, id) is not { } interest)
        {
            return TypedResults.NotFound();
        }
        interest.Accept(services.Now);
        services.Audit("partnering-interest.accepted", "partnering-interest", interest.Id);
        return await SavedAsync(services, interest);
    }

    public static async Task<Results<Ok<PartneringInterestResponse>, NotFound>> DeclineInterest(Guid id, DeclineInterestRequest request, [AsParameters] InternationalisationServices services)
    {
        if (await AnswerableAsync(services, id) is not { } interest)
        {
            return TypedResults.NotFound();
        }
        interest.Decline(request.Reason!.Trim(), services.Now);
        services.Audit("partnering-interest.declined", "partnering-interest", interest.Id, request);
        return await SavedAsync(services, interest);
    }

    /// <summary>
    /// The interest, when the caller's organisation owns its profile (and the If-Match, if sent,
    /// matches). The interested organisation may read it but not answer it (403); anyone else does
    /// not find it.
    /// </summary>
    private static async Task<PartneringInterest?> AnswerableAsync(InternationalisationServices services, Guid id)
    {
        var found = await services.Db.PartneringInterests
            .Join(services.Db.PartneringProfiles, i => i.ProfileId, p => p.Id, (i, p) => new { Interest = i, p.OrganisationId })
            .FirstOrDefaultAsync(x => x.Interest.Id == id, services.Cancellation);
        if (found is null || !services.User.ActsFor(found.OrganisationId))
        {
            return found is not null && services.User.ActsFor(found.Interest.OrganisationId) ? throw PartneringRules.OnlyTheOwnerAnswers() : null;
        }
        ETags.CheckMatch(services.HttpContext, found.Interest.Version);
        return found.Interest;
    }

    private static async Task<Results<Ok<PartneringInterestResponse>, NotFound>> SavedAsync(InternationalisationServices services, PartneringInterest interest)
    {
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, interest.Version);
        return TypedResults.Ok(await ResponseAsync(services, interest));
    }

    private static async Task<PartneringInterestResponse> ResponseAsync(InternationalisationServices services, PartneringInterest interest) =>
        (await PartneringReads.InterestsAsync(services, [interest]))[0];

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
