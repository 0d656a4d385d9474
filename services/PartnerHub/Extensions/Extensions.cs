using Microsoft.AspNetCore.DataProtection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PiedmontSystem.Messaging;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.PartnerHub.Infrastructure.Broker;
using PiedmontSystem.PartnerHub.Infrastructure.Delivery;
using PiedmontSystem.PartnerHub.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.PartnerHub.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PartnerHubDbContext>(ResourceNames.PartnerHubDatabase);
        builder.AddRequestHandling<PartnerHubDbContext>();
        builder.AddIntegrationEvents<PartnerHubDbContext>(ResourceNames.PartnerHub, bus => bus.AddPartnerEventConsumers());

        // Webhook secrets are encrypted with a key ring kept in the hub's own database.
        builder.Services.AddDataProtection().SetApplicationName("piedmont-partner-hub").PersistKeysToDbContext<PartnerHubDbContext>();
        builder.Services.AddSingleton<WebhookSecrets>();

        // Delivery
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var allowLoopback = builder.Configuration.GetValue<bool?>($"{DeliveryOptions.Section}:{nameof(DeliveryOptions.AllowLoopback)}")
            ?? builder.Environment.IsDevelopment();
        if (allowLoopback && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException($"{DeliveryOptions.Section}:AllowLoopback is for Development only: outside it, webhooks go to public HTTPS addresses.");
        }
        builder.Services.AddSingleton(new DestinationPolicy(allowLoopback));
        builder.Services.AddWebhookHttpClient();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<DeliveryStore>();
        builder.Services.AddHostedService<DeliveryCoordinator>();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(WebhookTelemetry.Name));
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(WebhookTelemetry.Name));

        // Operators: partners' broker accounts, the failed-message console, the services' outboxes.
        builder.AddBrokerOperations();
        return builder;
    }
}
