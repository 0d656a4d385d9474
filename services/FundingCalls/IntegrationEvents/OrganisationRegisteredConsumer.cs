using MassTransit;
using PiedmontSystem.Contracts;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.FundingCalls.IntegrationEvents;

/// <summary>Adds a newly registered organisation to the applicants view.</summary>
public sealed class OrganisationRegisteredConsumer(FundingDbContext db, TimeProvider clock, ILogger<OrganisationRegisteredConsumer> logger)
    : IdempotentConsumer<OrganisationRegistered, FundingDbContext>(db, clock, logger)
{
    protected override Task HandleAsync(OrganisationRegistered message, ConsumeContext<OrganisationRegistered> context, CancellationToken cancellationToken)
    {
        // A plain insert, on purpose: the inbox, not an upsert, is what keeps a redelivery harmless.
        Db.Applicants.Add(Applicant.FromRegistration(message.OrganisationId, message.LegalName, message.Kind, message.Province, message.OccurredAt));
        return Task.CompletedTask;
    }
}
