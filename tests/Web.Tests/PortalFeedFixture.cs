using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.Web.Infrastructure;

namespace PiedmontSystem.Web.Tests;

/// <summary>
/// The portal on its own database and virtual host. Feed tests need no gateway or identity
/// service: the settings only let it start.
/// </summary>
public sealed class PortalFeedFixture : ServiceFixture<PortalDbContext>
{
    protected override string DatabaseResource => ResourceNames.PortalDatabase;

    protected override void Configure(ServiceFactory<PortalDbContext> service)
    {
        service.WithSetting("Portal:ClientSecret", "feed-tests");
        service.WithSetting("Portal:Authority", "http://127.0.0.1:9/");
        service.WithSetting($"services:{ResourceNames.Gateway}:http:0", "http://127.0.0.1:9");
    }

    /// <summary>Publishes an event on the portal's virtual host as a platform service would.</summary>
    public async Task<Guid> PublishAsync<TEvent>(TEvent integrationEvent, Guid? messageId = null) where TEvent : class
    {
        var id = messageId ?? NewId.NextGuid();
        await Service.Services.GetRequiredService<IBus>().Publish(integrationEvent, context => context.MessageId = id);
        return id;
    }
}
