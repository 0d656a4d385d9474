using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.OrganisationReplica;

/// <summary>
/// Keeps the copy of memberships from one kind of membership event; registered once per event
/// type, each with the status that event means.
/// </summary>
public sealed class MembershipEventConsumer<TEvent, TContext>(TContext db, TimeProvider clock, ILogger<MembershipEventConsumer<TEvent, TContext>> logger)
    : IdempotentConsumer<TEvent, TContext>(db, clock, logger)
    where TEvent : class, IMembershipEvent
    where TContext : DbContext
{
    private static readonly string Status = typeof(TEvent).Name switch
    {
        nameof(MembershipRequested) => MembershipStatuses.Requested,
        nameof(MembershipApproved) or nameof(MembershipReinstated) => MembershipStatuses.Active,
        nameof(MembershipRejected) => MembershipStatuses.Rejected,
        nameof(MembershipSuspended) => MembershipStatuses.Suspended,
        nameof(MembershipEnded) => MembershipStatuses.Ended,
        _ => throw new InvalidOperationException($"{typeof(TEvent).Name} is not a membership event this replica knows."),
    };

    protected override string InboxName => $"{typeof(TEvent).Name}Consumer";

    protected override async Task HandleAsync(TEvent message, ConsumeContext<TEvent> context, CancellationToken cancellationToken)
    {
        var memberships = Db.Set<ReplicatedMembership>();
        var membership = await memberships.FirstOrDefaultAsync(m => m.MembershipId == message.MembershipId, cancellationToken);
        if (membership is null)
        {
            membership = ReplicatedMembership.Create(message.MembershipId, message.OrganisationId, message.ClusterId, message.ClusterCode);
            memberships.Add(membership);
        }
        membership.Apply(Status, message.OccurredAt);
    }
}
