using MassTransit;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.Web.Opportunities;

public static class OpportunityFeedExtensions
{
    /// <summary>The consumers that keep the opportunities table, one queue per event, named after the portal.</summary>
    public static IBusRegistrationConfigurator AddOpportunityConsumers(this IBusRegistrationConfigurator bus, string serviceName)
    {
        Add<CallPublishedConsumer, CallPublished>("call-published");
        Add<CallAmendedConsumer, CallAmended>("call-amended");
        Add<CallOpenedConsumer, CallOpened>("call-opened");
        Add<CallClosedConsumer, CallClosed>("call-closed");
        Add<IntakePublishedConsumer, IntakePublished>("intake-published");
        Add<IntakeAmendedConsumer, IntakeAmended>("intake-amended");
        Add<IntakeOpenedConsumer, IntakeOpened>("intake-opened");
        Add<IntakeClosedConsumer, IntakeClosed>("intake-closed");
        Add<SessionPublishedConsumer, SessionPublished>("session-published");
        Add<InternationalEventPublishedConsumer, InternationalEventPublished>("international-event-published");
        Add<PartneringProfilePublishedConsumer, PartneringProfilePublished>("partnering-profile-published");
        Add<PartneringProfileWithdrawnConsumer, PartneringProfileWithdrawn>("partnering-profile-withdrawn");
        return bus;

        void Add<TConsumer, TEvent>(string queue) where TConsumer : OpportunityConsumer<TEvent> where TEvent : class, IIntegrationEvent =>
            bus.AddConsumer<TConsumer>().Endpoint(e => e.Name = $"{serviceName}-opportunities-{queue}");
    }
}
