using PiedmontSystem.Contracts;
using PiedmontSystem.Web.Infrastructure;

namespace PiedmontSystem.Web.Opportunities;

public sealed class IntakePublishedConsumer(PortalDbContext db, TimeProvider clock, ILogger<IntakePublishedConsumer> logger)
    : OpportunityConsumer<IntakePublished>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Intake;
    protected override Guid IdOf(IntakePublished message) => message.IntakeId;
    protected override void Apply(Opportunity opportunity, IntakePublished message) => opportunity.Publish(message);
}

public sealed class IntakeAmendedConsumer(PortalDbContext db, TimeProvider clock, ILogger<IntakeAmendedConsumer> logger)
    : OpportunityConsumer<IntakeAmended>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Intake;
    protected override Guid IdOf(IntakeAmended message) => message.IntakeId;
    protected override void Apply(Opportunity opportunity, IntakeAmended message) =>
        opportunity.Reschedule(message.OpensAt, message.DeadlineAt, null, message.OccurredAt);
}

public sealed class IntakeOpenedConsumer(PortalDbContext db, TimeProvider clock, ILogger<IntakeOpenedConsumer> logger)
    : OpportunityConsumer<IntakeOpened>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Intake;
    protected override Guid IdOf(IntakeOpened message) => message.IntakeId;
    protected override void Apply(Opportunity opportunity, IntakeOpened message) =>
        opportunity.Reschedule(null, message.DeadlineAt, null, message.OccurredAt);
}

public sealed class IntakeClosedConsumer(PortalDbContext db, TimeProvider clock, ILogger<IntakeClosedConsumer> logger)
    : OpportunityConsumer<IntakeClosed>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Intake;
    protected override Guid IdOf(IntakeClosed message) => message.IntakeId;
    protected override void Apply(Opportunity opportunity, IntakeClosed message) => opportunity.Close(message.OccurredAt);
}

public sealed class SessionPublishedConsumer(PortalDbContext db, TimeProvider clock, ILogger<SessionPublishedConsumer> logger)
    : OpportunityConsumer<SessionPublished>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Session;
    protected override Guid IdOf(SessionPublished message) => message.SessionId;
    protected override void Apply(Opportunity opportunity, SessionPublished message) => opportunity.Publish(message);
}
