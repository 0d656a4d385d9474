using PiedmontSystem.Contracts;
using PiedmontSystem.Web.Infrastructure;

namespace PiedmontSystem.Web.Opportunities;

public sealed class CallPublishedConsumer(PortalDbContext db, TimeProvider clock, ILogger<CallPublishedConsumer> logger)
    : OpportunityConsumer<CallPublished>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Call;
    protected override Guid IdOf(CallPublished message) => message.CallId;
    protected override void Apply(Opportunity opportunity, CallPublished message) => opportunity.Publish(message);
}

public sealed class CallAmendedConsumer(PortalDbContext db, TimeProvider clock, ILogger<CallAmendedConsumer> logger)
    : OpportunityConsumer<CallAmended>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Call;
    protected override Guid IdOf(CallAmended message) => message.CallId;
    protected override void Apply(Opportunity opportunity, CallAmended message) =>
        opportunity.Reschedule(message.OpensAt, message.DeadlineAt, message.BudgetEur, message.OccurredAt);
}

public sealed class CallOpenedConsumer(PortalDbContext db, TimeProvider clock, ILogger<CallOpenedConsumer> logger)
    : OpportunityConsumer<CallOpened>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Call;
    protected override Guid IdOf(CallOpened message) => message.CallId;
    protected override void Apply(Opportunity opportunity, CallOpened message) =>
        opportunity.Reschedule(null, message.DeadlineAt, null, message.OccurredAt);
}

public sealed class CallClosedConsumer(PortalDbContext db, TimeProvider clock, ILogger<CallClosedConsumer> logger)
    : OpportunityConsumer<CallClosed>(db, clock, logger)
{
    protected override string Type => OpportunityTypes.Call;
    protected override Guid IdOf(CallClosed message) => message.CallId;
    protected override void Apply(Opportunity opportunity, CallClosed message) => opportunity.Close(message.OccurredAt);
}
