using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

public class HousekeepingTests : IAsyncLifetime
{
    private ServiceFactory<RegistryDbContext> _registry = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        _registry = new ServiceFactory<RegistryDbContext>(ResourceNames.RegistryDatabase, TestServerEndpoints.UniqueDatabaseName("housekeeping"), await servers.CreateVirtualHostAsync(), servers);
        await _registry.StartAndWaitUntilReadyAsync();
    }

    public async Task DisposeAsync() => await _registry.DisposeAsync();

    [Fact]
    public async Task RemovesWhatHasServedItsPurposeAndKeepsUnsentEvents()
    {
        var (oldSent, recentSent, oldUnsent, oldInbox, recentInbox) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await _registry.QueryAsync<RegistryDbContext, int>(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (id, message_type, payload, occurred_at, sent_at, attempts, next_attempt_at) VALUES
                ({oldSent}, 'urn:message:test:kept-for-a-week', '[]', now() - interval '8 days', now() - interval '8 days', 1, now() + interval '1 year'),
                ({recentSent}, 'urn:message:test:kept-for-a-week', '[]', now() - interval '1 day', now() - interval '1 day', 1, now() + interval '1 year'),
                ({oldUnsent}, 'urn:message:test:never-sent', '[]', now() - interval '60 days', NULL, 9, now() + interval '1 year');
            INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES
                ({oldInbox}, 'TestConsumer', now() - interval '31 days'),
                ({recentInbox}, 'TestConsumer', now() - interval '29 days');
            INSERT INTO idempotency_keys (owner, key, fingerprint, created_at) VALUES
                ('tester', 'old', 'f', now() - interval '2 days'),
                ('tester', 'recent', 'f', now() - interval '1 hour');
            """));

        var removed = await _registry.Services.GetRequiredService<Housekeeping<RegistryDbContext>>().RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 1, 1), removed);
        var outbox = await _registry.QueryAsync<RegistryDbContext, List<Guid>>(db =>
            db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM outbox_messages WHERE message_type LIKE 'urn:message:test:%'").ToListAsync());
        Assert.Equal(new[] { recentSent, oldUnsent }.Order(), outbox.Order());
        var inbox = await _registry.QueryAsync<RegistryDbContext, List<Guid>>(db =>
            db.Database.SqlQuery<Guid>($"SELECT message_id AS \"Value\" FROM inbox_messages WHERE consumer = 'TestConsumer'").ToListAsync());
        Assert.Equal([recentInbox], inbox);
        var keys = await _registry.QueryAsync<RegistryDbContext, List<string>>(db =>
            db.Database.SqlQuery<string>($"SELECT key AS \"Value\" FROM idempotency_keys WHERE owner = 'tester'").ToListAsync());
        Assert.Equal(["recent"], keys);
    }
}
