using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>
/// International events (trade missions, fairs, B2B days): CEIP officers draft, publish, amend and
/// cancel them; published (and cancelled) events are public, drafts are seen by CEIP officers only.
/// </summary>
public static class InternationalEventsApi
{
    private const string Tag = "International events";

    public static IEndpointRouteBuilder MapInternationalEventsApi(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/internationalisation/events").WithTags(Tag);
        events.MapPost("/", DraftEvent).WithName(nameof(DraftEvent)).WithSummary("Draft an international event; CEIP officers; Idempotency-Key supported")
            .ValidateRequest<EventRequest>().WithIdempotency<InternationalisationDbContext>().RequireAuthorization(Policies.CeipOfficer);
        events.MapGet("/", ListEvents).WithName(nameof(ListEvents))
            .WithSummary("Events by start, filtered by kind, country, SPI or year; public sees published and cancelled ones, CEIP officers also drafts").AllowAnonymous();
        events.MapGet("/{id:guid}", GetEvent).WithName(nameof(GetEvent))
            .WithSummary("An event, its times in its own zone and in Europe/Rome, places taken and left; drafts only for CEIP officers").AllowAnonymous();
        events.MapPut("/{id:guid}", AmendEvent).WithName(nameof(AmendEvent)).RequiresIfMatch()
            .WithSummary("Amend a draft or published event (capacity never below the confirmed; a raise moves the waiting up); CEIP officers; If-Match required")
            .ValidateRequest<EventRequest>().RequireAuthorization(Policies.CeipOfficer);
        events.MapPost("/{id:guid}/publish", PublishEvent).WithName(nameof(PublishEvent)).AcceptsIfMatch()
            .WithSummary("Publish a draft: public and open for registration until its deadline; CEIP officers").RequireAuthorization(Policies.CeipOfficer);
        events.MapPost("/{id:guid}/cancel", CancelEvent).WithName(nameof(CancelEvent)).AcceptsIfMatch()
            .WithSummary("Cancel the event; CEIP officers").RequireAuthorization(Policies.CeipOfficer);
        return app;
    }

    public static async Task<Created<EventResponse>> DraftEvent(EventRequest request, [AsParameters] InternationalisationServices services)
    {
        var e = InternationalEvent.Draft(request.ToTerms(), services.Now);
        services.Db.InternationalEvents.Add(e);
        services.Audit("international-event.drafted", "international-event", e.Id, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, e.Version);
        return TypedResults.Created($"/api/internationalisation/events/{e.Id}", EventResponse.Of(e, new EventPlaces.Count(0, 0), services.Language));
    }

    public static async Task<Ok<Page<EventResponse>>> ListEvents([AsParameters] InternationalisationServices services,
        string? kind, string? country, string? prioritySystem, int? year, string? status, string? cursor, int? limit)
    {
        var query = services.Db.InternationalEvents.AsNoTracking();
        query = EventsCaller.IsCeipOfficer(services) ? query : query.Where(e => e.Status != InternationalEventStatus.Draft);
        if (QueryValues.Enum<InternationalEventKind>(kind, nameof(kind)) is { } k)
        {
            query = query.Where(e => e.Kind == k);
        }
        if (QueryValues.Enum<InternationalEventStatus>(status, nameof(status)) is { } s)
        {
            query = query.Where(e => e.Status == s);
        }
        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.ToUpperInvariant();
            query = query.Where(e => e.Country == code);
        }
        if (!string.IsNullOrWhiteSpace(prioritySystem))
        {
            query = query.Where(e => e.PrioritySystems.Contains(prioritySystem));
        }
        if (year is { } y)
        {
            var from = new DateTimeOffset(y, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var to = from.AddYears(1);
            query = query.Where(e => e.StartsAt >= from && e.StartsAt < to);
        }
        var page = await EarliestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        var places = await EventPlaces.CountAsync(services, page.Rows.Select(e => e.Id).ToList());
        return TypedResults.Ok(page.Map(e => EventResponse.Of(e, places.GetValueOrDefault(e.Id, new EventPlaces.Count(0, 0)), services.Language)));
    }

    public static async Task<Results<Ok<EventResponse>, NotFound>> GetEvent(Guid id, [AsParameters] InternationalisationServices services)
    {
        var e = await services.Db.InternationalEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, services.Cancellation);
        if (e is null || !e.IsPublic && !EventsCaller.IsCeipOfficer(services))
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, e.Version);
        return TypedResults.Ok(EventResponse.Of(e, await EventPlaces.CountAsync(services, id), services.Language));
    }

    public static async Task<Results<Ok<EventResponse>, NotFound>> AmendEvent(Guid id, EventRequest request, [AsParameters] InternationalisationServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (await EventPlaces.LockAsync(services, id) is not { } e)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, e.Version);
        e.Amend(request.ToTerms(), (await EventPlaces.CountAsync(services, id)).Confirmed, services.Now);
        services.Audit("international-event.amended", "international-event", e.Id, request);
        await EventPlaces.FillFromWaitListAsync(services, e);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, e.Version);
        return TypedResults.Ok(EventResponse.Of(e, await EventPlaces.CountAsync(services, id), services.Language));
    }

    public static async Task<Results<Ok<EventResponse>, NotFound>> PublishEvent(Guid id, [AsParameters] InternationalisationServices services)
    {
        var e = await services.Db.InternationalEvents.FirstOrDefaultAsync(e => e.Id == id, services.Cancellation);
        if (e is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, e.Version);
        e.Publish(services.Now);
        services.RecordChange(InternationalEvents.Published(e), "international-event.published", "international-event", e.Id);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, e.Version);
        return TypedResults.Ok(EventResponse.Of(e, new EventPlaces.Count(0, 0), services.Language));
    }

    public static async Task<Results<Ok<EventResponse>, NotFound>> CancelEvent(Guid id, [AsParameters] InternationalisationServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (await EventPlaces.LockAsync(services, id) is not { } e)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, e.Version);
        e.Cancel(services.Now);
        services.Audit("international-event.cancelled", "international-event", e.Id);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, e.Version);
        return TypedResults.Ok(EventResponse.Of(e, await EventPlaces.CountAsync(services, id), services.Language));
    }

    private static readonly Keyset<InternationalEvent, DateTimeOffset> EarliestFirst = Keyset.By<InternationalEvent, DateTimeOffset>(e => e.StartsAt, e => e.Id, descending: false);
}
