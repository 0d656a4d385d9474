using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PiedmontSystem.RequestHandling;

public static class RequestHandlingExtensions
{
    /// <summary>
    /// Keeps the platform's own tables of <typeparamref name="TContext"/> (outbox, inbox, idempotency
    /// keys) small with hourly <see cref="Housekeeping{TContext}"/>. Call after <c>AddServiceDatabase</c>.
    /// </summary>
    public static IHostApplicationBuilder AddRequestHandling<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddOptions<HousekeepingOptions>().BindConfiguration(HousekeepingOptions.Section);
        builder.Services.AddSingleton<Housekeeping<TContext>>();
        builder.Services.AddHostedService(services => services.GetRequiredService<Housekeeping<TContext>>());
        return builder;
    }
}
