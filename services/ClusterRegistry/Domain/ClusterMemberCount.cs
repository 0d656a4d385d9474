namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>
/// A cluster's number of active members, kept by the database itself (statement triggers on
/// memberships, in the same transaction as every change, bulk loads included), so that listing
/// clusters with their counts costs the same with 300 memberships as with 300,000.
/// </summary>
public sealed class ClusterMemberCount
{
    public Guid ClusterId { get; private set; }
    public int ActiveMembers { get; private set; }
}
