using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.IntegrationEvents;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Apis.Organisations;

/// <summary>
/// The people who act for an organisation: listed for its administrators and regional officers,
/// removed by its administrators (announced: organisation-user-removed). An organisation keeps at
/// least one administrator.
/// </summary>
public static class OrganisationPeopleApi
{
    public static IEndpointRouteBuilder MapOrganisationPeopleApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/identity/organisations/{organisationId:guid}/people").WithTags("Organisations");
        people.MapGet("/", ListOrganisationPeople).WithName(nameof(ListOrganisationPeople))
            .WithSummary("The people who act for the organisation, by e-mail (its administrators, regional officers); keyset-paginated")
            .RequireAuthorization(Policies.Authenticated);
        people.MapDelete("/{personId:guid}", RemoveOrganisationPerson).WithName(nameof(RemoveOrganisationPerson))
            .WithSummary("Remove a person from the organisation (its administrators; not yourself as its last administrator); announced (organisation-user-removed)")
            .RequireAuthorization(Policies.OrganisationUser);
        return app;
    }

    public static async Task<Ok<Page<OrganisationPersonResponse>>> ListOrganisationPeople(
        Guid organisationId, [AsParameters] IdentityServices services, string? cursor, int? limit)
    {
        await OrganisationAccess.RequireAdministratorOrOfficerAsync(services, organisationId);
        var query = services.Db.Users.AsNoTracking().Where(p => p.OrganisationId == organisationId);
        var page = await PersonQueries.ByEmail.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(OrganisationPersonResponse.Of));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveOrganisationPerson(Guid organisationId, Guid personId, [AsParameters] IdentityServices services)
    {
        await OrganisationAccess.RequireAdministratorAsync(services, organisationId);
        var person = await services.Db.Users.FirstOrDefaultAsync(p => p.Id == personId && p.OrganisationId == organisationId, services.Cancellation);
        if (person is null)
        {
            return TypedResults.NotFound();
        }
        if (person.Id == services.PersonId && !await services.Db.Users.AnyAsync(
                p => p.OrganisationId == organisationId && p.IsOrganisationAdministrator && p.Id != person.Id, services.Cancellation))
        {
            throw IdentityRules.LastAdministrator();
        }
        var wasAdministrator = person.IsOrganisationAdministrator;
        person.LeaveOrganisation();
        services.RecordChange(PersonEvents.Removed(person, organisationId, services.Now), "organisation-user.removed", "person", person.Id,
            new { organisationId, administrator = wasAdministrator });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw IdentityRules.ChangedConcurrently();
        }
        return TypedResults.NoContent();
    }
}
