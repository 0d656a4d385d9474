using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.Messaging;
using PiedmontSystem.Messaging.Database;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.FundingCalls.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FundingDbContext>(ResourceNames.FundingDatabase);
        builder.AddIntegrationEvents<FundingDbContext>(ResourceNames.FundingCalls, bus =>
        {
            bus.AddConsumer<OrganisationRegisteredConsumer>();
            bus.AddConsumer<OrganisationUpdatedConsumer>();
        });
        return builder;
    }
}
