using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.OrganisationReplica;

/// <summary>Adds a newly registered organisation to the service's copy.</summary>
public sealed class OrganisationRegisteredConsumer<TContext>(TContext db, TimeProvider clock, ILogger<OrganisationRegisteredConsumer<TContext>> logger)
    : IdempotentConsumer<OrganisationRegistered, TContext>(db, clock, logger)
    where TContext : DbContext
{
    protected override async Task HandleAsync(OrganisationRegistered message, ConsumeContext<OrganisationRegistered> context, CancellationToken cancellationToken)
    {
        // An update may have overtaken the registration (no ordering across redeliveries): keep the newer.
        if (!await Db.Set<ReplicatedOrganisation>().AnyAsync(o => o.OrganisationId == message.OrganisationId, cancellationToken))
        {
            Db.Set<ReplicatedOrganisation>().Add(ReplicatedOrganisation.From(message));
        }
    }
}
