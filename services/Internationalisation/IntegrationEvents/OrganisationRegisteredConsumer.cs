using MassTransit;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.Internationalisation.IntegrationEvents;

/// <summary>Adds a newly registered organisation to CEIP's clients view.</summary>
public sealed class OrganisationRegisteredConsumer(InternationalisationDbContext db, TimeProvider clock, ILogger<OrganisationRegisteredConsumer> logger)
    : IdempotentConsumer<OrganisationRegistered, InternationalisationDbContext>(db, clock, logger)
{
    protected override Task HandleAsync(OrganisationRegistered message, ConsumeContext<OrganisationRegistered> context, CancellationToken cancellationToken)
    {
        // A plain insert, on purpose: the inbox, not an upsert, is what keeps a redelivery harmless.
        Db.Clients.Add(Client.FromRegistration(message.OrganisationId, message.LegalName, message.Kind, message.Province, message.OccurredAt));
        return Task.CompletedTask;
    }
}
