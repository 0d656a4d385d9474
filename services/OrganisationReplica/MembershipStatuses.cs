namespace PiedmontSystem.OrganisationReplica;

/// <summary>Membership statuses as the replica keeps them, spelled as the registry's API spells them (kebab-case).</summary>
public static class MembershipStatuses
{
    public const string Requested = "requested";
    public const string Active = "active";
    public const string Rejected = "rejected";
    public const string Suspended = "suspended";
    public const string Ended = "ended";
}
