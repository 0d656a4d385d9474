using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ClusterRegistry.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.ClusterRegistry.Apis;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/registry/organisations").WithTags("Organisations");

        api.MapGet("/", SearchOrganisations)
            .WithName(nameof(SearchOrganisations))
            .WithSummary("Search the directory by name prefix, province, SPI, size class, cluster and kind; keyset-paginated")
            .AllowAnonymous();

        api.MapGet("/{id:guid}", GetOrganisation)
            .WithName(nameof(GetOrganisation))
            .WithSummary("Public profile of an organisation; its own users and regional officers also see its private figures")
            .AllowAnonymous();

        api.MapPost("/", RegisterOrganisation)
            .WithName(nameof(RegisterOrganisation))
            .WithSummary("Register an organisation in the directory")
            .ValidateRequest<OrganisationRequest>()
            .WithIdempotency<RegistryDbContext>()
            .RequireAuthorization(Policies.Authenticated);

        api.MapPut("/{id:guid}", UpdateOrganisation)
            .WithName(nameof(UpdateOrganisation))
            .RequiresIfMatch()
            .WithSummary("Update an organisation's profile (its own users, or a regional officer); needs If-Match")
            .ValidateRequest<OrganisationRequest>()
            .RequireAuthorization(Policies.Authenticated);

        return api;
    }

    public static async Task<Ok<Page<OrganisationSummaryResponse>>> SearchOrganisations(
        [AsParameters] RegistryServices services,
        string? namePrefix, string? province, string? spi, string? sizeClass, string? cluster, string? kind,
        string? sort, string? cursor, int? limit)
    {
        var query = services.Db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(namePrefix))
        {
            var prefix = Organisation.SearchNameOf(namePrefix);
            query = query.Where(o => o.SearchName.StartsWith(prefix));
        }
        if (QueryValues.Enum<Province>(province, nameof(province)) is { } p)
        {
            query = query.Where(o => o.Province == p);
        }
        if (QueryValues.Enum<SizeClass>(sizeClass, nameof(sizeClass)) is { } size)
        {
            query = query.Where(o => o.SizeClass == size);
        }
        if (QueryValues.Enum<OrganisationKind>(kind, nameof(kind)) is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }
        if (!string.IsNullOrWhiteSpace(spi))
        {
            query = query.Where(o => o.PrioritySystems.Contains(spi));
        }
        if (!string.IsNullOrWhiteSpace(cluster))
        {
            query = query.ActiveMembersOf(services.Db, await ClusterLookup.RequireIdAsync(services.Db, cluster, nameof(cluster), services.Cancellation));
        }
        return TypedResults.Ok(await OrganisationPages.ReadAsync(query, sort, cursor, limit, services.Cancellation));
    }

    public static async Task<Results<Ok<OrganisationResponse>, NotFound>> GetOrganisation(Guid id, [AsParameters] RegistryServices services)
    {
        var organisation = await services.Db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, services.Cancellation);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, organisation.Version);
        return TypedResults.Ok(await ResponseAsync(organisation, services));
    }

    public static async Task<Created<OrganisationResponse>> RegisterOrganisation(OrganisationRequest request, [AsParameters] RegistryServices services)
    {
        var profile = await ProfileFromAsync(request, services);
        if (profile.VatNumber is { } vat && await VatNumberHolderAsync(services, vat, except: null) is { } existingId)
        {
            throw RegistryRules.VatNumberAlreadyRegistered(vat, existingId);
        }

        var organisation = Organisation.Register(profile, services.Now);
        services.Db.Organisations.Add(organisation);
        // A regional officer registers on someone else's behalf; anyone else registers their own
        // organisation and the identity service makes them its administrator.
        var registrant = services.User.IsRegionalOfficer ? null : services.User.Subject;
        services.RecordChange(OrganisationEvents.Registered(organisation, registrant), "organisation.registered", "organisation", organisation.Id, OrganisationEvents.AuditDetails(organisation));
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation() && profile.VatNumber is { } raced)
        {
            // Lost a race with a concurrent registration of the same VAT number.
            services.Db.ChangeTracker.Clear();
            var winner = await services.Db.Organisations.AsNoTracking().FirstAsync(o => o.VatNumber == raced.Value, services.Cancellation);
            throw RegistryRules.VatNumberAlreadyRegistered(raced, winner.Id);
        }

        ETags.Set(services.HttpContext, organisation.Version);
        return TypedResults.Created($"/api/registry/organisations/{organisation.Id}", await ResponseAsync(organisation, services));
    }

    public static async Task<Results<Ok<OrganisationResponse>, NotFound>> UpdateOrganisation(
        Guid id, OrganisationRequest request, [AsParameters] RegistryServices services)
    {
        var organisation = await services.Db.Organisations.FirstOrDefaultAsync(o => o.Id == id, services.Cancellation);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        if (!services.User.ActsFor(id) && !services.User.IsRegionalOfficer)
        {
            throw RegistryRules.NotActingForOrganisation();
        }
        ETags.RequireMatch(services.HttpContext, organisation.Version);

        var profile = await ProfileFromAsync(request, services);
        if (profile.VatNumber is { } vat && await VatNumberHolderAsync(services, vat, except: id) is { } otherId)
        {
            throw RegistryRules.VatNumberAlreadyRegistered(vat, otherId);
        }
        organisation.Update(profile, services.Now);
        services.RecordChange(OrganisationEvents.Updated(organisation), "organisation.updated", "organisation", organisation.Id, OrganisationEvents.AuditDetails(organisation));
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);

        ETags.Set(services.HttpContext, organisation.Version);
        return TypedResults.Ok(await ResponseAsync(organisation, services));
    }

    private static async Task<OrganisationProfile> ProfileFromAsync(OrganisationRequest request, RegistryServices services)
    {
        var prioritySystems = await ReferenceCodeCheck.RequireKnownAsync(services.Db, ReferenceCategory.PrioritySystem, request.PrioritySystems, "prioritySystems", services.Cancellation);
        var vatNumber = VatNumber.TryParse(request.VatNumber, out var parsed) ? parsed : null;
        FiscalCode.TryNormalise(request.FiscalCode, out var fiscalCode);
        return new OrganisationProfile(
            request.LegalName!, vatNumber, fiscalCode, request.Kind!.Value, request.Province, request.AtecoCode, request.FoundedOn,
            request.InnovativeStartup, request.Headcount, request.TurnoverEur, request.BalanceSheetEur, prioritySystems, request.Website);
    }

    private static async Task<OrganisationResponse> ResponseAsync(Organisation o, RegistryServices services)
    {
        var language = services.Language;
        var clusters = await services.Db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == o.Id && m.Status == MembershipStatus.Active)
            .Join(services.Db.Clusters, m => m.ClusterId, c => c.Id, (_, c) => c)
            .OrderBy(c => c.Code)
            .ToListAsync(services.Cancellation);
        var canSeePrivate = services.User.ActsFor(o.Id) || services.User.IsRegionalOfficer;
        return new OrganisationResponse(
            o.Id, o.LegalName, o.VatNumber, o.Kind, o.Province, o.AtecoCode, o.FoundedOn, o.InnovativeStartup, o.SizeClass,
            o.PrioritySystems, o.Website, clusters.Select(c => ClusterResponses.Reference(c, language)).ToList(),
            o.RegisteredAt, o.Synthetic,
            canSeePrivate ? new OrganisationPrivateDetailsResponse(o.FiscalCode, o.Headcount, o.TurnoverEur, o.BalanceSheetEur, o.UpdatedAt) : null);
    }

    /// <summary>The organisation (other than <paramref name="except"/>) registered with this VAT number, if any.</summary>
    private static Task<Guid?> VatNumberHolderAsync(RegistryServices services, VatNumber vatNumber, Guid? except)
    {
        var holders = services.Db.Organisations.AsNoTracking().Where(o => o.VatNumber == vatNumber.Value);
        if (except is { } id)
        {
            holders = holders.Where(o => o.Id != id);
        }
        return holders.Select(o => (Guid?)o.Id).FirstOrDefaultAsync(services.Cancellation);
    }
}
