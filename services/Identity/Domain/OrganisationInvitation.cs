using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PiedmontSystem.Identity.Domain;

public enum InvitationStatus { Pending, Accepted, Cancelled, Expired }

/// <summary>
/// An organisation's administrator invites a colleague by e-mail: the link carries a random token
/// (32 bytes, base64url); only its SHA-256 is kept, so the table alone opens no invitation. It is
/// accepted once, within 7 days, by a signed-in person who acts for no other organisation.
/// </summary>
public sealed class OrganisationInvitation
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    public Guid Id { get; private init; }

    public Guid OrganisationId { get; private init; }

    public string Email { get; private init; } = "";

    /// <summary>The e-mail address as ASP.NET Core Identity normalises it (upper-case): what "the same address" compares.</summary>
    public string NormalizedEmail { get; private init; } = "";

    /// <summary>SHA-256 of the token in the link.</summary>
    public byte[] TokenHash { get; private init; } = [];

    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>The administrator's token subject.</summary>
    public string CreatedBy { get; private init; } = "";

    public DateTimeOffset ExpiresAt { get; private init; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>The person who accepted it (their e-mail may differ from the one invited: the link is the proof).</summary>
    public Guid? AcceptedBy { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationStatus.Accepted
        : CancelledAt is not null ? InvitationStatus.Cancelled
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    /// <summary>A new invitation and the token for its link, which is not kept.</summary>
    public static (OrganisationInvitation Invitation, string Token) Issue(Guid organisationId, string email, string createdBy, DateTimeOffset now)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var invitation = new OrganisationInvitation
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = organisationId,
            Email = email,
            NormalizedEmail = NormaliseEmail(email),
            TokenHash = Hash(token),
            CreatedAt = now,
            CreatedBy = createdBy,
            ExpiresAt = now + Validity,
        };
        return (invitation, token);
    }

    public static string NormaliseEmail(string email) => email.Normalize().ToUpperInvariant();

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>The person starts acting for the organisation (not as its administrator).</summary>
    public void Accept(Person person, DateTimeOffset now)
    {
        RequirePending(now);
        person.JoinOrganisation(OrganisationId, administrator: false);
        AcceptedAt = now;
        AcceptedBy = person.Id;
    }

    public void Cancel(string cancelledBy, DateTimeOffset now)
    {
        RequirePending(now);
        CancelledAt = now;
        CancelledBy = cancelledBy;
    }

    private void RequirePending(DateTimeOffset now)
    {
        switch (StatusAt(now))
        {
            case InvitationStatus.Pending:
                return;
            case InvitationStatus.Expired:
                throw IdentityRules.InvitationExpired();
            case var status:
                throw IdentityRules.InvitationNotPending(status.ToString().ToLowerInvariant());
        }
    }
}
