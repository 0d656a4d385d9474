using PiedmontSystem.Contracts;
using PiedmontSystem.Web.Infrastructure;

namespace PiedmontSystem.Web.Opportunities;

public sealed class InternationalEventPublishedConsumer(PortalDbContext db, TimeProvider clock, ILogger<InternationalEventPublishedConsumer> logger)
    : OpportunityConsumer<InternationalEventPublished>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Event;
    protected override Guid IdOf(InternationalEventPublished message) => message.EventId;
    protected override void Apply(Opportunity opportunity, InternationalEventPublished message) => opportunity.Publish(message);
}

public sealed class PartneringProfilePublishedConsumer(PortalDbContext db, TimeProvider clock, ILogger<PartneringProfilePublishedConsumer> logger)
    : OpportunityConsumer<PartneringProfilePublished>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Partnering;
    protected override Guid IdOf(PartneringProfilePublished message) => message.ProfileId;
    protected override void Apply(Opportunity opportunity, PartneringProfilePublished message) => opportunity.Publish(message);
}

public sealed class PartneringProfileWithdrawnConsumer(PortalDbContext db, TimeProvider clock, ILogger<PartneringProfileWithdrawnConsumer> logger)
    : OpportunityConsumer<PartneringProfileWithdrawn>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Partnering;
    protected override Guid IdOf(PartneringProfileWithdrawn message) => message.ProfileId;
    protected override void Apply(Opportunity opportunity, PartneringProfileWithdrawn message) => opportunity.Close(message.OccurredAt, withdrawn: true);
}
