using MassTransit;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.Messaging.Inbox;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Identity.IntegrationEvents;

/// <summary>
/// A person who registered their own organisation in the registry becomes its first
/// administrator (announced: organisation-user-added). Nothing happens when the registrant is not
/// one of this service's people (a development token, a partner), already acts for an
/// organisation, or when a regional officer registered it on its behalf (no registrant).
/// </summary>
public sealed class OrganisationRegisteredConsumer(IdentityServiceDbContext db, TimeProvider clock, ILogger<OrganisationRegisteredConsumer> logger)
    : IdempotentConsumer<OrganisationRegistered, IdentityServiceDbContext>(db, clock, logger)
{
    public const string Actor = "system:" + ResourceNames.ClusterRegistry;

    protected override async Task HandleAsync(OrganisationRegistered message, ConsumeContext<OrganisationRegistered> context, CancellationToken cancellationToken)
    {
        if (message.RegisteredBy is null)
        {
            return;
        }
        var person = Guid.TryParse(message.RegisteredBy, out var id)
            ? await Db.Users.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        if (person is null)
        {
            logger.LogInformation("Organisation {OrganisationId} was registered by {Registrant}, who is not a person of this service; no administrator set",
                message.OrganisationId, message.RegisteredBy);
            return;
        }
        if (person.OrganisationId is not null)
        {
            logger.LogInformation("Organisation {OrganisationId} was registered by person {PersonId}, who already acts for organisation {Current}; no administrator set",
                message.OrganisationId, person.Id, person.OrganisationId);
            return;
        }
        var now = Clock.GetUtcNow();
        person.JoinOrganisation(message.OrganisationId, administrator: true);
        Db.RecordChange(new ChangeAuthor(now, Actor, context.CorrelationId?.ToString()), PersonEvents.Added(person, now),
            "organisation-user.added", "person", person.Id, new { message.OrganisationId, administrator = true, source = "registration" });
    }
}
