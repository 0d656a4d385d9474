using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.OrganisationReplica;

/// <summary>Replaces the copy of an organisation whose profile changed (adding it if the registration was missed).</summary>
public sealed class OrganisationUpdatedConsumer<TContext>(TContext db, TimeProvider clock, ILogger<OrganisationUpdatedConsumer<TContext>> logger)
    : IdempotentConsumer<OrganisationUpdated, TContext>(db, clock, logger)
    where TContext : DbContext
{
    protected override async Task HandleAsync(OrganisationUpdated message, ConsumeContext<OrganisationUpdated> context, CancellationToken cancellationToken)
    {
        var existing = await Db.Set<ReplicatedOrganisation>().FirstOrDefaultAsync(o => o.OrganisationId == message.OrganisationId, cancellationToken);
        if (existing is null)
        {
            Db.Set<ReplicatedOrganisation>().Add(ReplicatedOrganisation.From(message));
        }
        else
        {
            existing.Apply(message);
        }
    }
}
