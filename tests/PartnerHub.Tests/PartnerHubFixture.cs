using System.Net.Http.Headers;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Tests;

/// <summary>
/// The partner hub on its own database and virtual host, with a delivery schedule in tenths of a
/// second instead of minutes (the same rules, shorter intervals) and a one-second call timeout.
/// </summary>
public class PartnerHubFixture : ServiceFixture<PartnerHubDbContext>
{
    protected override string DatabaseResource => ResourceNames.PartnerHubDatabase;

    /// <summary>Settings a derived fixture changes (e.g. to disable a failing subscription within seconds).</summary>
    protected virtual IReadOnlyDictionary<string, string> Delivery => new Dictionary<string, string>
    {
        ["Timeout"] = "00:00:01",
        ["PollInterval"] = "00:00:00.100",
        ["FirstRetry"] = "00:00:00.200",
        ["MaxInterval"] = "00:00:01",
        ["FirstPause"] = "00:00:00.300",
        ["MaxPause"] = "00:00:01",
        ["ConcurrencyPerEndpoint"] = "4",
    };

    protected override void Configure(ServiceFactory<PartnerHubDbContext> service)
    {
        foreach (var (key, value) in Delivery)
        {
            service.WithSetting($"PartnerHub:Webhooks:{key}", value);
        }
    }

    /// <summary>A client acting as the partner system <paramref name="partnerId"/>, granted the event areas given (all when none).</summary>
    public HttpClient Partner(string partnerId, params string[] areas)
    {
        var client = Service.CreateClient();
        var scopes = (areas.Length == 0 ? EventCatalogue.Areas : areas).Select(EventCatalogue.ScopeOf).Prepend("api");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            DevelopmentTokens.Create(Roles.PartnerSystem, subject: partnerId, scopes: scopes));
        return client;
    }

    public HttpClient As(string role) => Service.CreateClient().WithToken(role);

    /// <summary>Publishes an event on the hub's virtual host as a platform service would (the bus's own envelope).</summary>
    public async Task<Guid> PublishAsync<TEvent>(TEvent integrationEvent, Guid? messageId = null) where TEvent : class
    {
        var id = messageId ?? NewId.NextGuid();
        await Service.Services.GetRequiredService<IBus>().Publish(integrationEvent, context => context.MessageId = id);
        return id;
    }
}
