using MassTransit;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.Accelerator.IntegrationEvents;

/// <summary>Replaces the view's copy of an organisation whose profile changed (or adds it, if the registration was missed).</summary>
public sealed class OrganisationUpdatedConsumer(AcceleratorDbContext db, TimeProvider clock, ILogger<OrganisationUpdatedConsumer> logger)
    : IdempotentConsumer<OrganisationUpdated, AcceleratorDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(OrganisationUpdated message, ConsumeContext<OrganisationUpdated> context, CancellationToken cancellationToken)
    {
        var existing = await Db.Candidates.FirstOrDefaultAsync(v => v.OrganisationId == message.OrganisationId, cancellationToken);
        if (existing is null)
        {
            Db.Candidates.Add(Candidate.FromRegistration(message.OrganisationId, message.LegalName, message.Kind, message.Province, message.OccurredAt));
        }
        else
        {
            existing.Update(message.LegalName, message.Kind, message.Province);
        }
    }
}
