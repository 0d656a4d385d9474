using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>
/// One service in process, on the run's real PostgreSQL (its own fresh database) and RabbitMQ
/// (the virtual host it is given, so services of one test can talk and other tests are not heard).
/// </summary>
/// <typeparam name="TEntryPoint">Any type of the service's assembly, e.g. its DbContext.</typeparam>
public class ServiceFactory<TEntryPoint>(string databaseResource, string databaseName, IsolatedBroker broker, TestServerEndpoints servers)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        [$"ConnectionStrings:{databaseResource}"] = servers.DatabaseConnectionString(databaseName),
        [$"ConnectionStrings:{ResourceNames.MessageBroker}"] = broker.AmqpUri,
    };

    private TimeProvider? _clock;
    private readonly List<Action<IServiceCollection>> _services = [];

    public IsolatedBroker Broker => broker;

    /// <summary>Replaces the service's clock (e.g. with a <see cref="TestClock"/>) before the host starts.</summary>
    public ServiceFactory<TEntryPoint> WithClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    /// <summary>Sets a configuration key before the host starts (e.g. to turn the outbox dispatcher off).</summary>
    public ServiceFactory<TEntryPoint> WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Changes the service's registrations before the host starts (e.g. an in-memory span exporter).</summary>
    public ServiceFactory<TEntryPoint> WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }
        foreach (var configure in _services)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    /// <summary>
    /// Starts the host and waits until <c>/health</c> says Healthy, not only ready: the bus starts
    /// in the background (the service is Degraded but ready meanwhile), and an event published
    /// before its queues are bound would reach nobody.
    /// </summary>
    public async Task StartAndWaitUntilReadyAsync()
    {
        var client = CreateClient();
        await Eventually.Until(async () => await Readiness.StatusAsync(client) == "Healthy", TimeSpan.FromSeconds(60), $"{typeof(TEntryPoint).Assembly.GetName().Name} to be healthy");
    }

    /// <summary>Runs <paramref name="query"/> on a fresh DbContext of the service.</summary>
    public async Task<TResult> QueryAsync<TContext, TResult>(Func<TContext, Task<TResult>> query) where TContext : DbContext
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }
}
