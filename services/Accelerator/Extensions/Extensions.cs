using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Messaging;
using PiedmontSystem.Messaging.Database;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Accelerator.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AcceleratorDbContext>(ResourceNames.AcceleratorDatabase);
        builder.AddIntegrationEvents<AcceleratorDbContext>(ResourceNames.Accelerator, bus =>
        {
            bus.AddConsumer<OrganisationRegisteredConsumer>();
            bus.AddConsumer<OrganisationUpdatedConsumer>();
        });
        return builder;
    }
}
