using PiedmontSystem.PartnerHub.Infrastructure.Operations;

namespace PiedmontSystem.PartnerHub.Infrastructure.Broker;

public static class BrokerRegistration
{
    /// <summary>
    /// What the operators' endpoints need: the broker's management API and AMQP for partners'
    /// accounts and the error queues, and the services' addresses for their outbox backlogs.
    /// </summary>
    public static IHostApplicationBuilder AddBrokerOperations(this IHostApplicationBuilder builder)
    {
        var settings = BrokerSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddHttpClient<RabbitMqManagementApi>(client => client.Timeout = settings.ManagementTimeout);
        builder.Services.AddSingleton<ErrorQueueClient>();
        builder.Services.AddHttpClient(ServiceOutboxes.ClientName);
        builder.Services.AddSingleton<ServiceOutboxes>();
        return builder;
    }
}
