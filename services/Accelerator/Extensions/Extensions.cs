using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Messaging;
using PiedmontSystem.Messaging.Database;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Accelerator.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AcceleratorDbContext>(ResourceNames.AcceleratorDatabase);
        builder.AddIntegrationEvents<AcceleratorDbContext>(ResourceNames.Accelerator, bus =>
            bus.AddOrganisationReplicaConsumers<AcceleratorDbContext>(ResourceNames.Accelerator));
        return builder;
    }
}
