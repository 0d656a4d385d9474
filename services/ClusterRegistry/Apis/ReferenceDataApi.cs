using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>
/// Reference data by category: <c>provinces</c>, <c>priority-systems</c> (S3 SPIs),
/// <c>innovation-components</c> (CTIs) and <c>transversal-roles</c>; names in the requested language.
/// </summary>
public static class ReferenceDataApi
{
    public static RouteGroupBuilder MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/registry/reference").WithTags("Reference data");
        api.MapGet("/{category}", ListReferenceItems)
            .WithName(nameof(ListReferenceItems))
            .WithSummary("Reference codes of a category with their names in the language of Accept-Language")
            .AllowAnonymous();
        api.MapPut("/{category}/{code}", RenameReferenceItem)
            .WithName(nameof(RenameReferenceItem))
            .WithSummary("Change the Italian and English name of a reference code; regional officers")
            .ValidateRequest<ReferenceItemRequest>()
            .RequireAuthorization(Policies.RegionalOfficer);
        return api;
    }

    public static async Task<Ok<Page<ReferenceItemResponse>>> ListReferenceItems(string category, [AsParameters] RegistryServices services)
    {
        var parsed = Category(category);
        var language = services.Language;
        var items = await services.Db.ReferenceItems.AsNoTracking()
            .Where(r => r.Category == parsed)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Code)
            .ToListAsync(services.Cancellation);
        return TypedResults.Ok(Paging.Whole<ReferenceItemResponse>(items.Select(r => new ReferenceItemResponse(r.Code, r.Name.In(language))).ToList()));
    }

    public static async Task<Results<Ok<ReferenceItemResponse>, NotFound>> RenameReferenceItem(string category, string code, ReferenceItemRequest request, [AsParameters] RegistryServices services)
    {
        var parsed = Category(category);
        var item = await services.Db.ReferenceItems.FirstOrDefaultAsync(r => r.Category == parsed && r.Code == code, services.Cancellation);
        if (item is null)
        {
            return TypedResults.NotFound();
        }
        item.Rename(request.Name!.ToText());
        services.Db.AddAuditEntry(services.Now, services.User.AuditName, "reference-item.renamed", "reference-item", $"{category}/{code}", request);
        await services.Db.SaveChangesAsync(services.Cancellation);
        return TypedResults.Ok(new ReferenceItemResponse(item.Code, item.Name.In(services.Language)));
    }

    private static ReferenceCategory Category(string category) => category switch
    {
        "provinces" => ReferenceCategory.Province,
        "priority-systems" => ReferenceCategory.PrioritySystem,
        "innovation-components" => ReferenceCategory.InnovationComponent,
        "transversal-roles" => ReferenceCategory.TransversalRole,
        _ => throw new RequestValidationException(nameof(category), "One of: provinces, priority-systems, innovation-components, transversal-roles."),
    };
}
