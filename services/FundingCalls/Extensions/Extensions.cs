using PiedmontSystem.Deadlines;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.Infrastructure.Seeding;
using PiedmontSystem.Messaging;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.Persistence;
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
        builder.Services.AddTransitionClock<CallClock>(CallClock.Section);
        return builder;
    }
}
