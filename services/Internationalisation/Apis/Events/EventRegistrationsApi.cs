using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>
/// Registrations for international events: an organisation's users register it (once per event)
/// while the event is published and before its deadline; confirmed while places remain, otherwise
/// wait-listed in arrival order. CEIP officers see every registration, an organisation its own;
/// anyone else is told it does not exist.
/// </summary>
public static class EventRegistrationsApi
{
    private const string Tag = "International events: registrations";

    public static IEndpointRouteBuilder MapEventRegistrationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/internationalisation/events/{eventId:guid}/registrations", RegisterForEvent).WithTags(Tag).WithName(nameof(RegisterForEvent))
            .WithSummary("Register the caller's organisation: confirmed while places remain, otherwise wait-listed; until the deadline; Idempotency-Key supported")
            .WithIdempotency<InternationalisationDbContext>().RequireAuthorization(Policies.OrganisationUser);
        app.MapGet("/api/internationalisation/events/{eventId:guid}/registrations", ListEventRegistrations).WithTags(Tag).WithName(nameof(ListEventRegistrations))
            .WithSummary("Registrations of an event in arrival order: all for CEIP officers, one's own for an organisation").RequireAuthorization(Policies.Authenticated);

        var registrations = app.MapGroup("/api/internationalisation/event-registrations").WithTags(Tag);
        registrations.MapGet("/{id:guid}", GetEventRegistration).WithName(nameof(GetEventRegistration))
            .WithSummary("A registration, for its organisation and CEIP officers (others get 404)").RequireAuthorization(Policies.Authenticated);
        registrations.MapPost("/{id:guid}/cancel", CancelEventRegistration).WithName(nameof(CancelEventRegistration)).AcceptsIfMatch()
            .WithSummary("Cancel the registration; a freed place goes to the first waiting; its organisation's users or CEIP officers")
            .RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Created<EventRegistrationResponse>, NotFound>> RegisterForEvent(Guid eventId, [AsParameters] InternationalisationServices services)
    {
        var organisationId = services.User.OrganisationId!.Value;
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (await EventPlaces.LockAsync(services, eventId) is not { IsPublic: true } e)
        {
            return TypedResults.NotFound();
        }
        e.CheckAcceptsRegistrations(services.Now);
        var name = await services.Db.Organisations.Where(o => o.OrganisationId == organisationId).Select(o => o.LegalName).FirstOrDefaultAsync(services.Cancellation);
        var confirmed = (await EventPlaces.CountAsync(services, eventId)).Confirmed;
        var nextPosition = await EventPlaces.NextWaitListPositionAsync(services, eventId);
        var registration = await services.Db.EventRegistrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.OrganisationId == organisationId, services.Cancellation);
        // Places go in the order registrations take the event's lock; that instant is the arrival
        // (two requests received milliseconds apart may reach the lock in either order).
        var placedAt = services.Clock.GetUtcNow();
        if (registration is null)
        {
            registration = EventRegistration.Register(e, organisationId, name, confirmed, nextPosition, services.Now, placedAt);
            services.Db.EventRegistrations.Add(registration);
        }
        else
        {
            registration.Renew(e, name, confirmed, nextPosition, services.Now, placedAt);
        }
        EventPlaces.Announce(services, registration);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, registration.Version);
        return TypedResults.Created($"/api/internationalisation/event-registrations/{registration.Id}", EventRegistrationResponse.Of(registration));
    }

    public static async Task<Results<Ok<Page<EventRegistrationResponse>>, NotFound>> ListEventRegistrations(
        Guid eventId, [AsParameters] InternationalisationServices services, string? status, string? cursor, int? limit)
    {
        var e = await services.Db.InternationalEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, services.Cancellation);
        if (e is null || !e.IsPublic && !EventsCaller.IsCeipOfficer(services))
        {
            return TypedResults.NotFound();
        }
        var query = services.Db.EventRegistrations.AsNoTracking().Where(r => r.EventId == eventId);
        if (!EventsCaller.IsCeipOfficer(services))
        {
            var own = services.User.OrganisationId;
            query = query.Where(r => r.OrganisationId == own);
        }
        if (QueryValues.Enum<EventRegistrationStatus>(status, nameof(status)) is { } s)
        {
            query = query.Where(r => r.Status == s);
        }
        var page = await EarliestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(EventRegistrationResponse.Of));
    }

    public static async Task<Results<Ok<EventRegistrationResponse>, NotFound>> GetEventRegistration(Guid id, [AsParameters] InternationalisationServices services)
    {
        var registration = await services.Db.EventRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        if (registration is null || !EventsCaller.Sees(services, registration.OrganisationId))
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, registration.Version);
        return TypedResults.Ok(EventRegistrationResponse.Of(registration));
    }

    public static async Task<Results<Ok<EventRegistrationResponse>, NotFound>> CancelEventRegistration(Guid id, [AsParameters] InternationalisationServices services)
    {
        var eventId = await services.Db.EventRegistrations.Where(r => r.Id == id).Select(r => (Guid?)r.EventId).FirstOrDefaultAsync(services.Cancellation);
        if (eventId is null)
        {
            return TypedResults.NotFound();
        }
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var e = (await EventPlaces.LockAsync(services, eventId.Value))!;
        var registration = await services.Db.EventRegistrations.FirstAsync(r => r.Id == id, services.Cancellation);
        if (!EventsCaller.Sees(services, registration.OrganisationId))
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, registration.Version);
        var heldPlace = registration.Cancel(services.Now);
        services.Audit("event-registration.cancelled", "event-registration", registration.Id, new { registration.EventId, registration.OrganisationId, heldPlace });
        if (heldPlace)
        {
            await EventPlaces.FillFromWaitListAsync(services, e);
        }
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, registration.Version);
        return TypedResults.Ok(EventRegistrationResponse.Of(registration));
    }

    private static readonly Keyset<EventRegistration, DateTimeOffset> EarliestFirst = Keyset.By<EventRegistration, DateTimeOffset>(r => r.RegisteredAt, r => r.Id, descending: false);
}
