using MassTransit;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.PartnerHub.IntegrationEvents;

internal static class PartnerEventConsumers
{
    /// <summary>The hub's queue, bound to the exchange of every catalogued event.</summary>
    public const string QueueName = ResourceNames.PartnerHub + "-events";

    /// <summary>One consumer per catalogued event, all on the hub's own queue.</summary>
    public static void AddPartnerEventConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var entry in EventCatalogue.All)
        {
            bus.AddConsumer(typeof(PartnerEventConsumer<>).MakeGenericType(entry.Type)).Endpoint(endpoint =>
            {
                endpoint.Name = QueueName;
                // Each event is one short transaction: take several at once.
                endpoint.PrefetchCount = 64;
                endpoint.ConcurrentMessageLimit = 16;
            });
        }
    }
}
