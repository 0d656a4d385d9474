using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.IntegrationEvents;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.ClusterRegistry.Apis;

public static class OrganisationsApi
{
    public const string VatNumberAlreadyRegistered = "vat-number-already-registered";

    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/registry/organisations").WithTags("Organisations");

        api.MapPost("/", RegisterOrganisation)
            .WithName(nameof(RegisterOrganisation))
            .WithSummary("Register an organisation in the directory")
            .ValidateRequest<RegisterOrganisationRequest>()
            .RequireAuthorization(Policies.Authenticated);

        api.MapGet("/{id:guid}", GetOrganisation)
            .WithName(nameof(GetOrganisation))
            .WithSummary("Public profile of an organisation")
            .AllowAnonymous();

        return api;
    }

    public static async Task<Results<Created<OrganisationResponse>, ProblemHttpResult>> RegisterOrganisation(
        RegisterOrganisationRequest request, [AsParameters] RegistryServices services)
    {
        var vatNumber = VatNumber.TryParse(request.VatNumber, out var parsed) ? parsed : null;
        if (vatNumber is not null && await services.Db.Organisations.FirstOrDefaultAsync(o => o.VatNumber == vatNumber.Value, services.Cancellation) is { } existing)
        {
            return VatNumberConflict(existing.Id, vatNumber);
        }

        var organisation = Organisation.Register(request.LegalName!, vatNumber, request.Kind!.Value, request.Province!.Value, services.Clock.GetUtcNow());
        services.Db.Organisations.Add(organisation);
        services.Db.AddIntegrationEvent(OrganisationEvents.Registered(organisation), services.HttpContext.GetCorrelationId());
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && vatNumber is not null)
        {
            // Lost a race with a concurrent registration of the same VAT number.
            var winner = await services.Db.Organisations.AsNoTracking().FirstAsync(o => o.VatNumber == vatNumber.Value, services.Cancellation);
            return VatNumberConflict(winner.Id, vatNumber);
        }

        return TypedResults.Created($"/api/registry/organisations/{organisation.Id}", OrganisationResponse.From(organisation));
    }

    public static async Task<Results<Ok<OrganisationResponse>, NotFound>> GetOrganisation(Guid id, [AsParameters] RegistryServices services) =>
        await services.Db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, services.Cancellation) is { } organisation
            ? TypedResults.Ok(OrganisationResponse.From(organisation))
            : TypedResults.NotFound();

    private static ProblemHttpResult VatNumberConflict(Guid existingId, VatNumber vatNumber) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.For(VatNumberAlreadyRegistered),
        title: "VAT number already registered",
        detail: $"An organisation with VAT number {vatNumber} is already registered.",
        extensions: new Dictionary<string, object?> { ["existingOrganisationId"] = existingId });
}
