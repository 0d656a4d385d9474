using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

/// <summary>An operator reading the log of a first start sees no failure that is not one.</summary>
public class FreshDatabaseStartTests
{
    [Fact]
    public async Task FirstStartOnAnEmptyDatabaseMigratesWithoutLoggingAnyError()
    {
        var servers = await TestServers.GetAsync();
        var log = new CapturingLoggerProvider();
        var database = TestServerEndpoints.UniqueDatabaseName(ResourceNames.RegistryDatabase);
        await using var service = new ServiceFactory<RegistryDbContext>(ResourceNames.RegistryDatabase, database, await servers.CreateVirtualHostAsync(), servers)
            .WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(log)));

        // The host has started when the client exists, and the migrator runs before everything else.
        using var client = service.CreateClient();

        Assert.Contains(log.Entries, e => e.Message.StartsWith("Database of RegistryDbContext migrated and seeded", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error && IsDatabaseWork(e.Category));
    }

    private static bool IsDatabaseWork(string category) =>
        category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || category.StartsWith("PiedmontSystem.Persistence", StringComparison.Ordinal);

    private sealed record Entry(string Category, LogLevel Level, string Message);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception)));
        }
    }
}
