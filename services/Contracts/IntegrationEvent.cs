using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// What every integration event carries besides its own fields. The message id in the envelope
/// (MassTransit <c>messageId</c>) identifies one event for deduplication; <see cref="OccurredAt"/>
/// is when the change happened in the publishing service, not when it was sent.
/// </summary>
/// <remarks>
/// Contracts evolve by addition only: a new optional member keeps the version; renaming,
/// removing or changing the meaning of a member is a new record with a new version suffix on
/// its exchange and URN, published side by side with the old one for a deprecation period.
/// </remarks>
[ExcludeFromTopology]
public interface IIntegrationEvent
{
    DateTimeOffset OccurredAt { get; }
}

/// <summary>What every membership event says: which membership, of which organisation, in which cluster.</summary>
[ExcludeFromTopology]
public interface IMembershipEvent : IIntegrationEvent
{
    Guid MembershipId { get; }
    Guid OrganisationId { get; }
    Guid ClusterId { get; }
    string ClusterCode { get; }
}
