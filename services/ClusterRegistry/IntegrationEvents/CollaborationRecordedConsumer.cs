using MassTransit;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Inbox;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.ClusterRegistry.IntegrationEvents;

/// <summary>Adds a collaboration CEIP recorded to the collaborations register.</summary>
public sealed class CollaborationRecordedConsumer(RegistryDbContext db, TimeProvider clock, ILogger<CollaborationRecordedConsumer> logger)
    : IdempotentConsumer<CollaborationRecorded, RegistryDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(CollaborationRecorded message, ConsumeContext<CollaborationRecorded> context, CancellationToken cancellationToken)
    {
        if (await Db.Collaborations.AnyAsync(c => c.SourceId == message.CollaborationId, cancellationToken))
        {
            return;
        }
        // An unknown cluster is a data error between services: fail, so the message ends in the error queue for operators.
        var clusterId = await ClusterLookup.IdAsync(Db, message.ClusterCode, cancellationToken)
            ?? throw new InvalidOperationException($"Collaboration {message.CollaborationId} names unknown cluster {message.ClusterCode}.");
        var now = Clock.GetUtcNow();
        var collaboration = Collaboration.Record(message.CollaborationId, clusterId, JsonNames.Parse<CollaborationKind>(message.Kind), message.Title,
            message.PartnerName, message.PartnerRegion, message.PartnerCountry, message.StartsOn, now);
        Db.Collaborations.Add(collaboration);
        Db.AddAuditEntry(now, "system:" + ResourceNames.Internationalisation, "collaboration.recorded", "collaboration", collaboration.Id, message);
    }
}
