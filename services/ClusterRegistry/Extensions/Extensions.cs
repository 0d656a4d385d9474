using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ClusterRegistry.Infrastructure.DemoData;
using PiedmontSystem.ClusterRegistry.Infrastructure.Seeding;
using PiedmontSystem.ClusterRegistry.IntegrationEvents;
using PiedmontSystem.Messaging;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.ClusterRegistry.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IDatabaseSeeder<RegistryDbContext>, ReferenceDataSeeder>();
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
        builder.Services.AddScoped<IDatabaseSeeder<RegistryDbContext>, DemoDataSeeder>();
        builder.AddServiceDatabase<RegistryDbContext>(ResourceNames.RegistryDatabase);
        builder.AddRequestHandling<RegistryDbContext>();
        builder.AddIntegrationEvents<RegistryDbContext>(ResourceNames.ClusterRegistry, bus =>
        {
            bus.AddConsumer<GrantAwardedConsumer>();
            bus.AddConsumer<CollaborationRecordedConsumer>();
        });
        return builder;
    }
}
