using MassTransit;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.FundingCalls.IntegrationEvents;

/// <summary>Replaces the view's copy of an organisation whose profile changed (or adds it, if the registration was missed).</summary>
public sealed class OrganisationUpdatedConsumer(FundingDbContext db, TimeProvider clock, ILogger<OrganisationUpdatedConsumer> logger)
    : IdempotentConsumer<OrganisationUpdated, FundingDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(OrganisationUpdated message, ConsumeContext<OrganisationUpdated> context, CancellationToken cancellationToken)
    {
        var existing = await Db.Applicants.FirstOrDefaultAsync(v => v.OrganisationId == message.OrganisationId, cancellationToken);
        if (existing is null)
        {
            Db.Applicants.Add(Applicant.FromRegistration(message.OrganisationId, message.LegalName, message.Kind, message.Province, message.OccurredAt));
        }
        else
        {
            existing.Update(message.LegalName, message.Kind, message.Province);
        }
    }
}
