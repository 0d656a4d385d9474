using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.Infrastructure.DemoData;
using PiedmontSystem.Accelerator.Infrastructure.Seeding;
using PiedmontSystem.Deadlines;
using PiedmontSystem.Messaging;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Accelerator.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IDatabaseSeeder<AcceleratorDbContext>, ProgrammeSeeder>();
        builder.AddServiceDatabase<AcceleratorDbContext>(ResourceNames.AcceleratorDatabase);
        builder.AddRequestHandling<AcceleratorDbContext>();
        builder.AddIntegrationEvents<AcceleratorDbContext>(ResourceNames.Accelerator, bus =>
        {
            bus.AddOrganisationReplicaConsumers<AcceleratorDbContext>(ResourceNames.Accelerator);
            bus.AddMembershipReplicaConsumers<AcceleratorDbContext>(ResourceNames.Accelerator);
        });
        builder.Services.AddTransitionClock<IntakeClock>(IntakeClock.Section);
        builder.Services.AddTransitionClock<AlumniReportClock>(AlumniReportClock.Section);
        builder.Services.AddOptions<AcceleratorDemoOptions>().BindConfiguration(AcceleratorDemoOptions.Section);
        builder.Services.AddHostedService<AcceleratorDemoLoader>();
        return builder;
    }
}
