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
/// Buyers: large public or private buyers, from Piedmont or outside it. Accelerator managers keep
/// the list; a buyer's own users read their buyer.
/// </summary>
public static class BuyersApi
{
    public static IEndpointRouteBuilder MapBuyersApi(this IEndpointRouteBuilder app)
    {
        var buyers = app.MapGroup("/api/accelerator/matchmaking/buyers").WithTags("Meet the corporates: buyers");
        buyers.MapGet("/", ListBuyers).WithName(nameof(ListBuyers))
            .WithSummary("Buyers by name, filtered by country, kind or origin (fromOutsideRegion)").RequireAuthorization(Policies.AcceleratorManager);
        buyers.MapGet("/{id:guid}", GetBuyer).WithName(nameof(GetBuyer))
            .WithSummary("A buyer; managers and the buyer's own users").RequireAuthorization(Policies.Authenticated);
        buyers.MapPost("/", CreateBuyer).WithName(nameof(CreateBuyer))
            .WithSummary("Add a buyer; Idempotency-Key supported").ValidateRequest<BuyerRequest>()
            .WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        buyers.MapPut("/{id:guid}", ReviseBuyer).WithName(nameof(ReviseBuyer)).RequiresIfMatch()
            .WithSummary("Edit a buyer; If-Match required").ValidateRequest<BuyerRequest>().RequireAuthorization(Policies.AcceleratorManager);
        return app;
    }

    public static async Task<Ok<Page<BuyerResponse>>> ListBuyers(
        [AsParameters] AcceleratorServices services, string? country, string? kind, bool? fromOutsideRegion, string? cursor, int? limit)
    {
        var query = services.Db.Buyers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.ToUpperInvariant();
            query = query.Where(b => b.Country == code);
        }
        if (QueryValues.Enum<BuyerKind>(kind, nameof(kind)) is { } k)
        {
            query = query.Where(b => b.Kind == k);
        }
        if (fromOutsideRegion is { } outside)
        {
            query = query.Where(b => b.FromOutsideRegion == outside);
        }
        var page = await ByName.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(BuyerResponse.Of));
    }

    public static async Task<Results<Ok<BuyerResponse>, NotFound>> GetBuyer(Guid id, [AsParameters] AcceleratorServices services)
    {
        var caller = await MatchmakingCaller.OfAsync(services);
        var buyer = await services.Db.Buyers.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, services.Cancellation);
        if (buyer is null || !(caller.IsManager || caller.ActsForBuyer(id)))
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, buyer.Version);
        return TypedResults.Ok(BuyerResponse.Of(buyer));
    }

    public static async Task<Created<BuyerResponse>> CreateBuyer(BuyerRequest request, [AsParameters] AcceleratorServices services)
    {
        var buyer = Buyer.Create(request.ToProfile(), services.Now);
        services.Db.Buyers.Add(buyer);
        services.Audit("buyer.created", "buyer", buyer.Id, new { buyer.Name, buyer.Country, buyer.Region, buyer.FromOutsideRegion });
        await SaveUniqueOrganisationAsync(services, buyer);
        ETags.Set(services.HttpContext, buyer.Version);
        return TypedResults.Created($"/api/accelerator/matchmaking/buyers/{buyer.Id}", BuyerResponse.Of(buyer));
    }

    public static async Task<Results<Ok<BuyerResponse>, NotFound>> ReviseBuyer(Guid id, BuyerRequest request, [AsParameters] AcceleratorServices services)
    {
        var buyer = await services.Db.Buyers.FirstOrDefaultAsync(b => b.Id == id, services.Cancellation);
        if (buyer is null)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, buyer.Version);
        buyer.Revise(request.ToProfile(), services.Now);
        services.Audit("buyer.revised", "buyer", buyer.Id, new { buyer.Name, buyer.Country, buyer.Region, buyer.FromOutsideRegion });
        await SaveUniqueOrganisationAsync(services, buyer);
        ETags.Set(services.HttpContext, buyer.Version);
        return TypedResults.Ok(BuyerResponse.Of(buyer));
    }

    private static async Task SaveUniqueOrganisationAsync(AcceleratorServices services, Buyer buyer)
    {
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation("ux_buyers_organisation_id"))
        {
            throw MatchmakingRules.BuyerAlreadyExists(buyer.OrganisationId);
        }
    }

    private static readonly Keyset<Buyer, string> ByName = Keyset.By<Buyer, string>(b => b.Name, b => b.Id, descending: false);
}
