using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// Registrations: an organisation's users register it for a published session until the
/// registration deadline, if the rules find it eligible (every failing rule is listed). Managers
/// see every registration, the session's buyers see the registered organisations, an organisation
/// sees its own; anyone else is told it does not exist.
/// </summary>
public static class RegistrationsApi
{
    public static IEndpointRouteBuilder MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/accelerator/matchmaking/sessions/{sessionId:guid}/registrations", Register).WithTags("Meet the corporates: registrations")
            .WithName(nameof(Register)).WithSummary("Register the caller's organisation (a start-up or SME) with its availability, until the deadline; Idempotency-Key supported")
            .ValidateRequest<RegistrationRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.OrganisationUser);
        app.MapGet("/api/accelerator/matchmaking/sessions/{sessionId:guid}/registrations", ListRegistrations).WithTags("Meet the corporates: registrations")
            .WithName(nameof(ListRegistrations)).WithSummary("Registrations of a session: all for managers, the active ones for its buyers, one's own for an organisation")
            .RequireAuthorization(Policies.Authenticated);

        var registrations = app.MapGroup("/api/accelerator/matchmaking/registrations").WithTags("Meet the corporates: registrations");
        registrations.MapGet("/{id:guid}", GetRegistration).WithName(nameof(GetRegistration))
            .WithSummary("A registration, for its organisation, the session's buyers and managers (others get 404)").RequireAuthorization(Policies.Authenticated);
        registrations.MapPut("/{id:guid}/availability", SetRegistrationAvailability).WithName(nameof(SetRegistrationAvailability)).RequiresIfMatch()
            .WithSummary("The slots the organisation can attend; its users or managers; If-Match required")
            .ValidateRequest<AvailabilityRequest>().RequireAuthorization(Policies.Authenticated);
        registrations.MapPost("/{id:guid}/cancel", CancelRegistration).WithName(nameof(CancelRegistration)).AcceptsIfMatch()
            .WithSummary("Cancel the registration: its requests are withdrawn and its meetings cancelled; its users or managers")
            .WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Created<RegistrationResponse>, NotFound>> Register(Guid sessionId, RegistrationRequest request, [AsParameters] AcceleratorServices services)
    {
        var organisationId = services.User.OrganisationId!.Value;
        if (await SessionLookup.VisibleAsync(services, sessionId) is not { IsPublic: true } session)
        {
            return TypedResults.NotFound();
        }
        session.CheckAcceptsRegistrations(services.Now);
        var organisation = await services.Db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.OrganisationId == organisationId, services.Cancellation);
        var isBuyer = await services.Db.SessionBuyers.AnyAsync(
            sb => sb.SessionId == sessionId && services.Db.Buyers.Any(b => b.Id == sb.BuyerId && b.OrganisationId == organisationId), services.Cancellation);
        var facts = organisation is null ? null
            : new CandidateFacts(organisation.LegalName, organisation.Kind, organisation.SizeClass, organisation.InnovativeStartup, organisation.Province, organisation.PrioritySystems);
        var failures = RegistrationEligibility.Check(session.Terms, organisationId, facts, isBuyer);
        if (failures.Count > 0)
        {
            throw MatchmakingRules.NotEligible(failures);
        }
        var registration = await services.Db.SessionRegistrations.FirstOrDefaultAsync(r => r.SessionId == sessionId && r.OrganisationId == organisationId, services.Cancellation);
        if (registration is null)
        {
            registration = Registration.Register(session, organisationId, facts!.LegalName, request.Pitch, request.AvailableSlots, services.Now);
            services.Db.SessionRegistrations.Add(registration);
        }
        else
        {
            registration.Renew(session, facts!.LegalName, request.Pitch, request.AvailableSlots, services.Now);
        }
        services.Audit("registration.registered", "registration", registration.Id, new { sessionId, organisationId, registration.AvailableSlots });
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw MatchmakingRules.AlreadyRegistered();
        }
        ETags.Set(services.HttpContext, registration.Version);
        return TypedResults.Created($"/api/accelerator/matchmaking/registrations/{registration.Id}", RegistrationResponse.Of(registration));
    }

    public static async Task<Results<Ok<Page<RegistrationResponse>>, NotFound>> ListRegistrations(
        Guid sessionId, [AsParameters] AcceleratorServices services, string? status, string? cursor, int? limit)
    {
        if (await SessionLookup.VisibleAsync(services, sessionId) is null)
        {
            return TypedResults.NotFound();
        }
        var caller = await MatchmakingCaller.OfAsync(services);
        var query = services.Db.SessionRegistrations.AsNoTracking().Where(r => r.SessionId == sessionId);
        var buyerOfSession = caller.BuyerId is { } buyerId && await services.Db.SessionBuyers.AnyAsync(b => b.SessionId == sessionId && b.BuyerId == buyerId, services.Cancellation);
        if (buyerOfSession)
        {
            query = query.Where(r => r.Status == RegistrationStatus.Registered || r.OrganisationId == caller.OrganisationId);
        }
        else if (!caller.IsManager)
        {
            query = query.Where(r => r.OrganisationId == caller.OrganisationId);
        }
        if (QueryValues.Enum<RegistrationStatus>(status, nameof(status)) is { } s)
        {
            query = query.Where(r => r.Status == s);
        }
        var page = await EarliestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(RegistrationResponse.Of));
    }

    public static async Task<Results<Ok<RegistrationResponse>, NotFound>> GetRegistration(Guid id, [AsParameters] AcceleratorServices services)
    {
        var registration = await services.Db.SessionRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        if (registration is null || !await SeesAsync(services, registration))
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, registration.Version);
        return TypedResults.Ok(RegistrationResponse.Of(registration));
    }

    public static async Task<Results<Ok<RegistrationResponse>, NotFound>> SetRegistrationAvailability(Guid id, AvailabilityRequest request, [AsParameters] AcceleratorServices services)
    {
        if (await OwnAsync(services, id) is not { } registration)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, registration.Version);
        registration.SetAvailability(await SessionLookup.OfAsync(services, registration.SessionId), request.AvailableSlots, services.Now);
        services.Audit("registration.availability-set", "registration", registration.Id, new { registration.AvailableSlots });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, registration.Version);
        return TypedResults.Ok(RegistrationResponse.Of(registration));
    }

    public static async Task<Results<Ok<RegistrationResponse>, NotFound>> CancelRegistration(Guid id, [AsParameters] AcceleratorServices services)
    {
        if (await OwnAsync(services, id) is not { } registration)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, registration.Version);
        var session = await SessionLookup.OfAsync(services, registration.SessionId);
        registration.Cancel(session, services.Now);
        var (requests, meetings) = await MeetingCancellations.CallOffRegistrationAsync(services, session, registration);
        services.Audit("registration.cancelled", "registration", registration.Id, new { withdrawnRequests = requests, cancelledMeetings = meetings });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, registration.Version);
        return TypedResults.Ok(RegistrationResponse.Of(registration));
    }

    /// <summary>The registration, tracked, when the caller is its organisation's user or a manager; otherwise nothing (404).</summary>
    private static async Task<Registration?> OwnAsync(AcceleratorServices services, Guid id)
    {
        var caller = await MatchmakingCaller.OfAsync(services);
        var registration = await services.Db.SessionRegistrations.FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        return registration is not null && (caller.IsManager || caller.ActsForOrganisation(registration.OrganisationId)) ? registration : null;
    }

    /// <summary>Its organisation, managers, and the session's buyers while it is active.</summary>
    private static async Task<bool> SeesAsync(AcceleratorServices services, Registration registration)
    {
        var caller = await MatchmakingCaller.OfAsync(services);
        return caller.IsManager || caller.ActsForOrganisation(registration.OrganisationId)
            || (registration.IsActive && caller.BuyerId is { } buyerId
                && await services.Db.SessionBuyers.AnyAsync(b => b.SessionId == registration.SessionId && b.BuyerId == buyerId, services.Cancellation));
    }

    private static readonly Keyset<Registration, DateTimeOffset> EarliestFirst = Keyset.By<Registration, DateTimeOffset>(r => r.RegisteredAt, r => r.Id, descending: false);
}
