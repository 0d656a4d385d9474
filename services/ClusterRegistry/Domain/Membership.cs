using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Domain;

public enum MembershipStatus
{
    Requested,
    Active,
    Rejected,
    Suspended,
    Ended,
}

/// <summary>One step of a membership's life: what it became, when, by whom, and why.</summary>
public sealed record MembershipStep(MembershipStatus Status, DateTimeOffset At, string By, string? Note);

/// <summary>
/// An organisation's membership of a cluster: requested by the organisation, approved or rejected
/// by a manager of that cluster, then active until suspended or ended. Every step is kept.
/// </summary>
public sealed class Membership
{
    private Membership()
    {
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid ClusterId { get; private set; }
    public MembershipStatus Status { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When it became active (first approval); null until then.</summary>
    public DateTimeOffset? ActiveSince { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }
    public List<MembershipStep> Steps { get; private set; } = [];
    public bool Synthetic { get; private set; }
    public uint Version { get; private set; }

    /// <summary>The states in which a membership still binds the two (an organisation has at most one such per cluster).</summary>
    public static readonly IReadOnlyList<MembershipStatus> OpenStatuses = [MembershipStatus.Requested, MembershipStatus.Active, MembershipStatus.Suspended];

    public bool IsOpen => OpenStatuses.Contains(Status);

    public static Membership Request(Guid organisationId, Cluster cluster, string by, string? note, DateTimeOffset now)
    {
        if (!cluster.AcceptsMembers)
        {
            throw RegistryRules.ClusterNotAcceptingMembers(cluster.Code);
        }
        var membership = new Membership
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = organisationId,
            ClusterId = cluster.Id,
            RequestedAt = now,
        };
        membership.MoveTo(MembershipStatus.Requested, by, note, now);
        return membership;
    }

    public void Approve(string by, string? note, DateTimeOffset now)
    {
        Require(MembershipStatus.Requested, "approved");
        ActiveSince = now;
        MoveTo(MembershipStatus.Active, by, note, now);
    }

    public void Reject(string by, string? reason, DateTimeOffset now)
    {
        Require(MembershipStatus.Requested, "rejected");
        MoveTo(MembershipStatus.Rejected, by, reason, now);
    }

    public void Suspend(string by, string? reason, DateTimeOffset now)
    {
        Require(MembershipStatus.Active, "suspended");
        MoveTo(MembershipStatus.Suspended, by, reason, now);
    }

    public void Reinstate(string by, string? note, DateTimeOffset now)
    {
        Require(MembershipStatus.Suspended, "reinstated");
        MoveTo(MembershipStatus.Active, by, note, now);
    }

    /// <summary>Ends an active or suspended membership, or withdraws a pending request.</summary>
    public void End(string by, string? reason, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw CommonRules.InvalidTransition("membership", QueryValues.Kebab(Status), "ended");
        }
        MoveTo(MembershipStatus.Ended, by, reason, now);
    }

    private void Require(MembershipStatus expected, string action)
    {
        if (Status != expected)
        {
            throw CommonRules.InvalidTransition("membership", QueryValues.Kebab(Status), action);
        }
    }

    private void MoveTo(MembershipStatus status, string by, string? note, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now;
        Steps.Add(new MembershipStep(status, now, by, note));
    }
}
