using System.Linq.Expressions;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Internationalisation.Domain.Partnering;

public enum InterestStatus { Pending, Accepted, Declined }

/// <summary>
/// An organisation's expression of interest in another organisation's published profile: a
/// message (Italian or English) and the contact it gives. The owner accepts it, and then each side
/// sees the other's contact, or declines it with a reason. One live (pending or accepted) interest
/// per organisation and profile.
/// </summary>
public sealed class PartneringInterest
{
    private PartneringInterest()
    {
    }

    public Guid Id { get; private set; }
    public Guid ProfileId { get; private set; }

    /// <summary>The interested organisation.</summary>
    public Guid OrganisationId { get; private set; }

    public string? MessageIt { get; private set; }
    public string? MessageEn { get; private set; }
    public ProfileContact Contact { get; private set; } = new("", "", null);
    public InterestStatus Status { get; private set; }
    public string ExpressedBy { get; private set; } = "";
    public DateTimeOffset ExpressedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? DeclineReason { get; private set; }
    public uint Version { get; private set; }

    /// <summary>Live (pending or accepted) interests count against "one per organisation and profile".</summary>
    public static readonly Expression<Func<PartneringInterest, bool>> IsLive = i => i.Status == InterestStatus.Pending || i.Status == InterestStatus.Accepted;

    public static PartneringInterest Express(PartneringProfile profile, Guid organisationId, string? messageIt, string? messageEn, ProfileContact contact,
        string by, DateTimeOffset now)
    {
        if (profile.OrganisationId == organisationId)
        {
            throw PartneringRules.InterestInOwnProfile();
        }
        if (!profile.IsPublicOn(PartneringRules.Today(now)))
        {
            throw CommonRules.InvalidTransition("partnering profile", PartneringProfile.Kebab(profile.StatusOn(PartneringRules.Today(now))), "answered with interest");
        }
        return new PartneringInterest
        {
            Id = Guid.CreateVersion7(now),
            ProfileId = profile.Id,
            OrganisationId = organisationId,
            MessageIt = messageIt,
            MessageEn = messageEn,
            Contact = contact,
            Status = InterestStatus.Pending,
            ExpressedBy = by,
            ExpressedAt = now,
        };
    }

    public bool IsAccepted => Status == InterestStatus.Accepted;

    public void Accept(DateTimeOffset now)
    {
        RequirePending("accepted");
        Status = InterestStatus.Accepted;
        AnsweredAt = now;
    }

    public void Decline(string reason, DateTimeOffset now)
    {
        RequirePending("declined");
        Status = InterestStatus.Declined;
        DeclineReason = reason;
        AnsweredAt = now;
    }

    private void RequirePending(string action)
    {
        if (Status != InterestStatus.Pending)
        {
            throw CommonRules.InvalidTransition("interest", Status.ToString().ToLowerInvariant(), action);
        }
    }
}
