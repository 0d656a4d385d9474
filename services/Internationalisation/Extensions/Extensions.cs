using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.IntegrationEvents;
using PiedmontSystem.Messaging;
using PiedmontSystem.Messaging.Database;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Internationalisation.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<InternationalisationDbContext>(ResourceNames.InternationalisationDatabase);
        builder.AddIntegrationEvents<InternationalisationDbContext>(ResourceNames.Internationalisation, bus =>
        {
            bus.AddConsumer<OrganisationRegisteredConsumer>();
            bus.AddConsumer<OrganisationUpdatedConsumer>();
        });
        return builder;
    }
}
