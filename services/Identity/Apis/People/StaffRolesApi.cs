using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.Identity.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Apis.People;

/// <summary>
/// Regional officers grant and revoke staff roles. Each change is audited and announced
/// (staff-role-granted, staff-role-revoked) and reaches the person's next token or refresh.
/// </summary>
public static class StaffRolesApi
{
    public const int MaxReasonLength = 500;

    public static IEndpointRouteBuilder MapStaffRolesApi(this IEndpointRouteBuilder app)
    {
        var roles = app.MapGroup("/api/identity/people/{id:guid}/staff-roles").WithTags("People");
        roles.MapPost("/", GrantStaffRole).WithName(nameof(GrantStaffRole))
            .WithSummary("Grant a staff role (a cluster manager's names its cluster); announced (staff-role-granted); answers the person; Idempotency-Key supported")
            .ValidateRequest<StaffRoleRequest>()
            .WithIdempotency<IdentityServiceDbContext>()
            .RequireAuthorization(Policies.RegionalOfficer);
        roles.MapDelete("/{grantId:guid}", RevokeStaffRole).WithName(nameof(RevokeStaffRole))
            .WithSummary("Revoke a staff role, with an optional reason (audited); announced (staff-role-revoked); answers the person")
            .RequireAuthorization(Policies.RegionalOfficer);
        return app;
    }

    public static async Task<Results<Created<PersonResponse>, NotFound>> GrantStaffRole(Guid id, StaffRoleRequest request, [AsParameters] IdentityServices services)
    {
        var person = await services.Db.Users.Include(p => p.StaffRoles).FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        if (person is null)
        {
            return TypedResults.NotFound();
        }
        var cluster = request.Role == Roles.ClusterManager ? StaffRoleGrant.NormaliseClusterCode(request.ClusterCode!) : null;
        var grant = person.GrantStaffRole(request.Role!, cluster, services.User.Subject!, services.Now);
        services.RecordChange(PersonEvents.Granted(person, grant), "staff-role.granted", "person", person.Id,
            new { grantId = grant.Id, grant.Role, grant.ClusterCode });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another officer granted the same role at the same moment.
            throw IdentityRules.StaffRoleAlreadyGranted(grant.Role, grant.ClusterCode);
        }
        return TypedResults.Created($"/api/identity/people/{person.Id}", PersonResponse.Of(person));
    }

    public static async Task<Results<Ok<PersonResponse>, NotFound>> RevokeStaffRole(Guid id, Guid grantId, string? reason, [AsParameters] IdentityServices services)
    {
        if (reason is { Length: > MaxReasonLength })
        {
            throw new RequestValidationException(nameof(reason), $"A reason is at most {MaxReasonLength} characters.");
        }
        var person = await services.Db.Users.Include(p => p.StaffRoles).FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        var grant = person?.StaffRoles.FirstOrDefault(g => g.Id == grantId);
        if (person is null || grant is null)
        {
            return TypedResults.NotFound();
        }
        person.RevokeStaffRole(grant, services.User.Subject!, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), services.Now);
        services.RecordChange(PersonEvents.Revoked(person, grant), "staff-role.revoked", "person", person.Id,
            new { grantId = grant.Id, grant.Role, grant.ClusterCode, reason = grant.RevokeReason });
        await services.Db.SaveChangesAsync(services.Cancellation);
        return TypedResults.Ok(PersonResponse.Of(person));
    }
}
