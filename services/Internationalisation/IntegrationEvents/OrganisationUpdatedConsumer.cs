using MassTransit;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.Internationalisation.IntegrationEvents;

/// <summary>Replaces the view's copy of an organisation whose profile changed (or adds it, if the registration was missed).</summary>
public sealed class OrganisationUpdatedConsumer(InternationalisationDbContext db, TimeProvider clock, ILogger<OrganisationUpdatedConsumer> logger)
    : IdempotentConsumer<OrganisationUpdated, InternationalisationDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(OrganisationUpdated message, ConsumeContext<OrganisationUpdated> context, CancellationToken cancellationToken)
    {
        var existing = await Db.Clients.FirstOrDefaultAsync(v => v.OrganisationId == message.OrganisationId, cancellationToken);
        if (existing is null)
        {
            Db.Clients.Add(Client.FromRegistration(message.OrganisationId, message.LegalName, message.Kind, message.Province, message.OccurredAt));
        }
        else
        {
            existing.Update(message.LegalName, message.Kind, message.Province);
        }
    }
}
