using MassTransit;
using PiedmontSystem.Contracts;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.Accelerator.IntegrationEvents;

/// <summary>Adds a newly registered organisation to the accelerator's candidates view.</summary>
public sealed class OrganisationRegisteredConsumer(AcceleratorDbContext db, TimeProvider clock, ILogger<OrganisationRegisteredConsumer> logger)
    : IdempotentConsumer<OrganisationRegistered, AcceleratorDbContext>(db, clock, logger)
{
    protected override Task HandleAsync(OrganisationRegistered message, ConsumeContext<OrganisationRegistered> context, CancellationToken cancellationToken)
    {
        // A plain insert, on purpose: the inbox, not an upsert, is what keeps a redelivery harmless.
        Db.Candidates.Add(Candidate.FromRegistration(message.OrganisationId, message.LegalName, message.Kind, message.Province, message.OccurredAt));
        return Task.CompletedTask;
    }
}
