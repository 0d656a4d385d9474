using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.Infrastructure.Seeding;
using PiedmontSystem.Messaging;
using PiedmontSystem.Messaging.Database;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.FundingCalls.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IDatabaseSeeder<FundingDbContext>, ProgrammeSeeder>();
        builder.AddServiceDatabase<FundingDbContext>(ResourceNames.FundingDatabase);
        builder.AddIntegrationEvents<FundingDbContext>(ResourceNames.FundingCalls, bus =>
        {
            bus.AddOrganisationReplicaConsumers<FundingDbContext>(ResourceNames.FundingCalls);
            bus.AddMembershipReplicaConsumers<FundingDbContext>(ResourceNames.FundingCalls);
        });
        builder.Services.AddOptions<CallClockOptions>().BindConfiguration(CallClockOptions.Section);
        builder.Services.AddHostedService<CallClock>();
        return builder;
    }
}
