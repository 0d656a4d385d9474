using PiedmontSystem.Internationalisation.Infrastructure;
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
        });
        return builder;
    }
}
