using MassTransit;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Inbox;
using PiedmontSystem.Web.Infrastructure;

namespace PiedmontSystem.Web.Opportunities;

/// <summary>
/// Applies one kind of event to its opportunity's row, once per message (the inbox), creating the
/// row when the event is the first heard of it. The row ignores events older than what it shows.
/// </summary>
public abstract class OpportunityConsumer<TEvent>(PortalDbContext db, TimeProvider clock, ILogger logger)
    : IdempotentConsumer<TEvent, PortalDbContext>(db, clock, logger)
    where TEvent : class, IIntegrationEvent
{
    protected abstract string Type { get; }

    protected abstract Guid IdOf(TEvent message);

    protected abstract void Apply(Opportunity opportunity, TEvent message);

    protected override async Task HandleAsync(TEvent message, ConsumeContext<TEvent> context, CancellationToken cancellationToken)
    {
        var id = IdOf(message);
        var opportunity = await Db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            opportunity = Opportunity.Unpublished(Type, id, DateTimeOffset.MinValue);
            Db.Opportunities.Add(opportunity);
        }
        Apply(opportunity, message);
    }
}
