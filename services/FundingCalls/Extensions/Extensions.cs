using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.Infrastructure.Seeding;
using PiedmontSystem.Messaging;
using PiedmontSystem.Persistence;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.FundingCalls.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IDatabaseSeeder<FundingDbContext>, ProgrammeSeeder>();
        builder.AddServiceDatabase<FundingDbContext>(ResourceNames.FundingDatabase);
        builder.AddRequestHandling<FundingDbContext>();
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
