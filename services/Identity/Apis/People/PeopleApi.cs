using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Apis.People;

/// <summary>
/// The people who sign in, as regional officers see them (e-mail, organisation, active staff
/// roles), and each person's own record. Passwords, second factors and lockouts are not here.
/// </summary>
public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/identity/people").WithTags("People");
        people.MapGet("/", ListPeople).WithName(nameof(ListPeople))
            .WithSummary("People by e-mail, filtered by e-mail prefix and role (a staff role, or organisation-user); keyset-paginated")
            .RequireAuthorization(Policies.RegionalOfficer);
        people.MapGet("/{id:guid}", GetPerson).WithName(nameof(GetPerson))
            .WithSummary("A person: e-mail, organisation and active staff roles")
            .RequireAuthorization(Policies.RegionalOfficer);
        app.MapGet("/api/identity/me", GetMe).WithName(nameof(GetMe)).WithTags("People")
            .WithSummary("The caller's own record (a person's token; a partner system has none: 404)")
            .RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Ok<Page<PersonResponse>>> ListPeople([AsParameters] IdentityServices services,
        string? emailPrefix, string? role, string? cursor, int? limit)
    {
        var query = services.Db.Users.AsNoTracking().Include(p => p.StaffRoles).AsQueryable();
        if (!string.IsNullOrWhiteSpace(emailPrefix))
        {
            var prefix = emailPrefix.Trim().Normalize().ToUpperInvariant();
            query = query.Where(p => p.NormalizedEmail!.StartsWith(prefix));
        }
        if (!string.IsNullOrWhiteSpace(role))
        {
            if (role == Roles.OrganisationUser)
            {
                query = query.Where(p => p.OrganisationId != null);
            }
            else if (StaffRoleGrant.Grantable.Contains(role))
            {
                query = query.Where(p => p.StaffRoles.Any(r => r.RevokedAt == null && r.Role == role));
            }
            else
            {
                throw new RequestValidationException(nameof(role), $"'{role}' is not one of: {string.Join(", ", StaffRoleGrant.Grantable.Prepend(Roles.OrganisationUser))}.");
            }
        }
        var page = await PersonQueries.ByEmail.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(PersonResponse.Of));
    }

    public static async Task<Results<Ok<PersonResponse>, NotFound>> GetPerson(Guid id, [AsParameters] IdentityServices services)
    {
        var person = await FindAsync(services, id);
        return person is null ? TypedResults.NotFound() : TypedResults.Ok(PersonResponse.Of(person));
    }

    public static async Task<Results<Ok<PersonResponse>, NotFound>> GetMe([AsParameters] IdentityServices services)
    {
        var person = services.PersonId is { } id ? await FindAsync(services, id) : null;
        return person is null ? TypedResults.NotFound() : TypedResults.Ok(PersonResponse.Of(person));
    }

    private static Task<Person?> FindAsync(IdentityServices services, Guid id) =>
        services.Db.Users.AsNoTracking().Include(p => p.StaffRoles).FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
}
