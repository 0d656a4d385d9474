using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.Infrastructure.DemoData;
using PiedmontSystem.Internationalisation.IntegrationEvents.Liaison;
using PiedmontSystem.Messaging;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Internationalisation.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<InternationalisationDbContext>(ResourceNames.InternationalisationDatabase);
        builder.AddRequestHandling<InternationalisationDbContext>();
        builder.AddIntegrationEvents<InternationalisationDbContext>(ResourceNames.Internationalisation, bus =>
        {
            bus.AddOrganisationReplicaConsumers<InternationalisationDbContext>(ResourceNames.Internationalisation);
            bus.AddMembershipReplicaConsumers<InternationalisationDbContext>(ResourceNames.Internationalisation);
            // Liaison
            bus.AddConsumer<StartupAdmittedConsumer>().Endpoint(e => e.Name = $"{ResourceNames.Internationalisation}-startup-admitted");
        });
        // Liaison
        builder.Services.AddOptions<LiaisonOptions>().BindConfiguration(LiaisonOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Demo data (./piedmont run --demo-data)
        builder.Services.AddOptions<InternationalisationDemoOptions>().BindConfiguration(InternationalisationDemoOptions.Section);
        builder.Services.AddHostedService<InternationalisationDemoLoader>();
        return builder;
    }
}
