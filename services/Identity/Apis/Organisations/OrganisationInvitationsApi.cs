using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.Identity.Infrastructure.Mail;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Apis.Organisations;

/// <summary>
/// An organisation's administrators invite colleagues by e-mail; the invitee accepts on the
/// invitation page (<c>/account/invitation</c>) once signed in. Invitations are audited, not
/// announced: they name an e-mail address, which no event carries.
/// </summary>
public static class OrganisationInvitationsApi
{
    public static IEndpointRouteBuilder MapOrganisationInvitationsApi(this IEndpointRouteBuilder app)
    {
        var invitations = app.MapGroup("/api/identity/organisations/{organisationId:guid}/invitations").WithTags("Organisations");
        invitations.MapPost("/", InviteToOrganisation).WithName(nameof(InviteToOrganisation))
            .WithSummary("Invite a colleague by e-mail (the organisation's administrators); the link is valid 7 days; Idempotency-Key supported")
            .ValidateRequest<InvitationRequest>()
            .WithIdempotency<IdentityServiceDbContext>()
            .RequireAuthorization(Policies.OrganisationUser);
        invitations.MapGet("/", ListInvitations).WithName(nameof(ListInvitations))
            .WithSummary("The organisation's invitations, newest first (its administrators, regional officers); keyset-paginated")
            .RequireAuthorization(Policies.Authenticated);
        invitations.MapDelete("/{invitationId:guid}", CancelInvitation).WithName(nameof(CancelInvitation))
            .WithSummary("Cancel a pending invitation (its administrators, regional officers); answers the invitation")
            .RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Created<InvitationResponse>> InviteToOrganisation(
        Guid organisationId, InvitationRequest request, [AsParameters] IdentityServices services, IPlatformMail mail)
    {
        await OrganisationAccess.RequireAdministratorAsync(services, organisationId);
        var email = request.Email!.Trim();
        var normalised = OrganisationInvitation.NormaliseEmail(email);
        if (await services.Db.Users.AnyAsync(p => p.NormalizedEmail == normalised && p.OrganisationId == organisationId, services.Cancellation))
        {
            throw IdentityRules.AlreadyInOrganisation();
        }
        var now = services.Now;
        if (await services.Db.OrganisationInvitations.AnyAsync(i => i.OrganisationId == organisationId && i.NormalizedEmail == normalised
                && i.AcceptedAt == null && i.CancelledAt == null && i.ExpiresAt > now, services.Cancellation))
        {
            throw IdentityRules.InvitationPending();
        }

        var (invitation, token) = OrganisationInvitation.Issue(organisationId, email, services.User.Subject!, now);
        services.Db.OrganisationInvitations.Add(invitation);
        services.Audit("invitation.sent", "invitation", invitation.Id, new { organisationId, email, invitation.ExpiresAt });
        var (subject, text) = InvitationMail.Compose(InvitationMail.Link(services.HttpContext.Request, token), organisationId, invitation.ExpiresAt);
        // Saved, then sent, then committed: a mail that cannot be sent leaves no invitation behind.
        await using (var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation))
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
            await mail.SendAsync(email, subject, text, services.Cancellation);
            await transaction.CommitAsync(services.Cancellation);
        }
        return TypedResults.Created($"/api/identity/organisations/{organisationId}/invitations/{invitation.Id}", InvitationResponse.Of(invitation, now));
    }

    public static async Task<Ok<Page<InvitationResponse>>> ListInvitations(Guid organisationId, [AsParameters] IdentityServices services, string? cursor, int? limit)
    {
        await OrganisationAccess.RequireAdministratorOrOfficerAsync(services, organisationId);
        var query = services.Db.OrganisationInvitations.AsNoTracking().Where(i => i.OrganisationId == organisationId);
        var page = await NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(i => InvitationResponse.Of(i, services.Now)));
    }

    public static async Task<Results<Ok<InvitationResponse>, NotFound>> CancelInvitation(Guid organisationId, Guid invitationId, [AsParameters] IdentityServices services)
    {
        await OrganisationAccess.RequireAdministratorOrOfficerAsync(services, organisationId);
        var invitation = await services.Db.OrganisationInvitations
            .FirstOrDefaultAsync(i => i.Id == invitationId && i.OrganisationId == organisationId, services.Cancellation);
        if (invitation is null)
        {
            return TypedResults.NotFound();
        }
        invitation.Cancel(services.User.Subject!, services.Now);
        services.Audit("invitation.cancelled", "invitation", invitation.Id, new { organisationId });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Accepted or cancelled at the same moment.
            throw IdentityRules.ChangedConcurrently();
        }
        return TypedResults.Ok(InvitationResponse.Of(invitation, services.Now));
    }

    private static readonly Keyset<OrganisationInvitation, DateTimeOffset> NewestFirst =
        Keyset.By<OrganisationInvitation, DateTimeOffset>(i => i.CreatedAt, i => i.Id, descending: true);
}
