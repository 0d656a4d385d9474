using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Messaging;
using PiedmontSystem.Messaging.Database;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.ClusterRegistry.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<RegistryDbContext>(ResourceNames.RegistryDatabase);
        builder.AddIntegrationEvents<RegistryDbContext>(ResourceNames.ClusterRegistry);
        return builder;
    }
}
