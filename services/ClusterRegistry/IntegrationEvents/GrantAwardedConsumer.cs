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

/// <summary>Records the project an awarded grant enables in the projects register.</summary>
public sealed class GrantAwardedConsumer(RegistryDbContext db, TimeProvider clock, ILogger<GrantAwardedConsumer> logger)
    : IdempotentConsumer<GrantAwarded, RegistryDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(GrantAwarded message, ConsumeContext<GrantAwarded> context, CancellationToken cancellationToken)
    {
        if (await Db.Projects.AnyAsync(p => p.SourceId == message.GrantId, cancellationToken))
        {
            return; // Already registered from an earlier event about the same grant.
        }
        var clusterIds = await ClusterLookup.IdsAsync(Db, message.ClusterCodes, cancellationToken);
        var now = Clock.GetUtcNow();
        var project = Project.Record(message.GrantId, $"grant {message.CallCode}", message.ProjectTitle, message.LeadOrganisationId,
            message.PartnerOrganisationIds, clusterIds, message.AwardedAmountEur, now);
        Db.Projects.Add(project);
        Db.AddAuditEntry(now, "system:" + ResourceNames.FundingCalls, "project.recorded", "project", project.Id, message);
    }
}
