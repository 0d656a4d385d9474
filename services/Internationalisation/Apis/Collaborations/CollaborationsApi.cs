using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Collaborations;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Collaborations;

/// <summary>
/// The collaborations register: CEIP officers record the international and inter-regional
/// collaborations of clusters; each is announced, and the registry adds it to its own register.
/// Collaborations are public (MoUs, EU projects and joint calls are published by the clusters themselves).
/// </summary>
public static class CollaborationsApi
{
    public static IEndpointRouteBuilder MapCollaborationsApi(this IEndpointRouteBuilder app)
    {
        var collaborations = app.MapGroup("/api/internationalisation/collaborations").WithTags("Collaborations");
        collaborations.MapPost("/", RecordCollaboration).WithName(nameof(RecordCollaboration))
            .WithSummary("Record a cluster's collaboration; announced (collaboration-recorded); Idempotency-Key supported")
            .ValidateRequest<CollaborationRequest>().WithIdempotency<InternationalisationDbContext>().RequireAuthorization(Policies.CeipOfficer);
        collaborations.MapGet("/", ListCollaborations).WithName(nameof(ListCollaborations))
            .WithSummary("Collaborations, newest first, filtered by cluster, partner country and kind").AllowAnonymous();
        collaborations.MapGet("/{id:guid}", GetCollaboration).WithName(nameof(GetCollaboration)).WithSummary("A collaboration").AllowAnonymous();
        collaborations.MapGet("/by-country", CountByCountry).WithName(nameof(CountByCountry))
            .WithSummary("Collaborations by partner country and kind (IT: inter-regional)").AllowAnonymous();
        return app;
    }

    public static async Task<Created<CollaborationResponse>> RecordCollaboration(CollaborationRequest request, [AsParameters] InternationalisationServices services)
    {
        var collaboration = Collaboration.Record(request.ClusterCode!.ToUpperInvariant(), request.Kind!.Value, request.Title!.Trim(), request.PartnerName!.Trim(),
            string.IsNullOrWhiteSpace(request.PartnerRegion) ? null : request.PartnerRegion.Trim(), request.PartnerCountry!.ToUpperInvariant(),
            request.StartsOn, request.EndsOn, services.User.AuditName, services.Now);
        services.Db.Collaborations.Add(collaboration);
        services.RecordChange(CollaborationEvents.Recorded(collaboration), "collaboration.recorded", "collaboration", collaboration.Id, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Created($"/api/internationalisation/collaborations/{collaboration.Id}", CollaborationResponse.Of(collaboration));
    }

    public static async Task<Ok<Page<CollaborationResponse>>> ListCollaborations([AsParameters] InternationalisationServices services,
        string? clusterCode, string? partnerCountry, string? kind, string? cursor, int? limit)
    {
        var query = services.Db.Collaborations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(clusterCode))
        {
            var code = clusterCode.ToUpperInvariant();
            query = query.Where(c => c.ClusterCode == code);
        }
        if (!string.IsNullOrWhiteSpace(partnerCountry))
        {
            var country = partnerCountry.ToUpperInvariant();
            if (!CountryCodes.All.Contains(country))
            {
                throw new RequestValidationException(nameof(partnerCountry), $"'{partnerCountry}' is not an ISO 3166-1 alpha-2 country code.");
            }
            query = query.Where(c => c.PartnerCountry == country);
        }
        if (QueryValues.Enum<CollaborationKind>(kind, nameof(kind)) is { } k)
        {
            query = query.Where(c => c.Kind == k);
        }
        var page = await NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(CollaborationResponse.Of));
    }

    public static async Task<Results<Ok<CollaborationResponse>, NotFound>> GetCollaboration(Guid id, [AsParameters] InternationalisationServices services)
    {
        var collaboration = await services.Db.Collaborations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, services.Cancellation);
        return collaboration is null ? TypedResults.NotFound() : TypedResults.Ok(CollaborationResponse.Of(collaboration));
    }

    public static async Task<Ok<Page<CollaborationsByCountry>>> CountByCountry([AsParameters] InternationalisationServices services)
    {
        var counts = await services.Db.Collaborations.AsNoTracking().GroupBy(c => new { c.PartnerCountry, c.Kind })
            .Select(g => new { g.Key.PartnerCountry, g.Key.Kind, Count = g.Count() }).ToListAsync(services.Cancellation);
        var byCountry = counts.GroupBy(c => c.PartnerCountry)
            .Select(g => new CollaborationsByCountry(g.Key, g.Sum(c => c.Count), g.ToDictionary(c => QueryValues.Kebab(c.Kind), c => c.Count)))
            .OrderByDescending(c => c.Total).ThenBy(c => c.PartnerCountry).ToList();
        return TypedResults.Ok(Paging.Whole(byCountry));
    }

    private static readonly Keyset<Collaboration, DateTimeOffset> NewestFirst = Keyset.By<Collaboration, DateTimeOffset>(c => c.RecordedAt, c => c.Id, descending: true);
}
