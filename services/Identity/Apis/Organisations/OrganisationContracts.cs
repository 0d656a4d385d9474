using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Apis.Organisations;

public sealed record InvitationRequest(
    [property: Required, EmailAddress(ErrorMessage = "Not a valid e-mail address."), StringLength(320)] string? Email);

/// <summary>An invitation as its organisation's administrators see it; the token of its link is never shown again.</summary>
public sealed record InvitationResponse(
    Guid Id, Guid OrganisationId, string Email, InvitationStatus Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt, DateTimeOffset? CancelledAt)
{
    public static InvitationResponse Of(OrganisationInvitation i, DateTimeOffset now) =>
        new(i.Id, i.OrganisationId, i.Email, i.StatusAt(now), i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.CancelledAt);
}

/// <summary>One of the people who act for an organisation.</summary>
public sealed record OrganisationPersonResponse(Guid Id, string Email, string DisplayName, bool Administrator)
{
    public static OrganisationPersonResponse Of(Person p) => new(p.Id, p.Email ?? "", p.DisplayName, p.IsOrganisationAdministrator);
}
