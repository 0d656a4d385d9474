using System.Net;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Inbox;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults.Security;
using Xunit;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>
/// What every service that keeps its copy of the registry's organisations must do: build it from
/// <see cref="OrganisationRegistered"/> and <see cref="OrganisationUpdated"/>, ignore a
/// redelivery, and show it only to its role. Each such service's test project derives one class
/// from this, naming its endpoint and role.
/// </summary>
public abstract class OrganisationViewContract<TContext>(ServiceFixture<TContext> fixture) where TContext : DbContext
{
    protected ServiceFactory<TContext> Service => fixture.Service;

    /// <summary>Path of the view's endpoint, without the id.</summary>
    protected abstract string ViewPath { get; }

    /// <summary>The role allowed to read the view.</summary>
    protected abstract string ReaderRole { get; }

    private const string ConsumerName = "OrganisationRegisteredConsumer";

    private static Task<int> CountViewRowsAsync(TContext db, Guid organisationId) =>
        db.Set<ReplicatedOrganisation>().CountAsync(o => o.OrganisationId == organisationId);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task RegisteredOrganisationAppearsInTheView()
    {
        var organisation = NewRegistration();

        await PublishAsync(organisation, NewId.NextGuid());

        var reader = Service.CreateClient().WithToken(ReaderRole);
        var response = await Eventually.Until(() => reader.GetAsync($"{ViewPath}/{organisation.OrganisationId}"), r => r.StatusCode != HttpStatusCode.NotFound, Timeout, "the view row");
        var body = await response.ReadOkAsync<JsonElement>();
        Assert.Equal(organisation.LegalName, body.GetProperty("legalName").GetString());
        Assert.Equal(organisation.Province, body.GetProperty("province").GetString());
    }

    [Fact]
    public async Task UpdatedOrganisationReplacesTheView()
    {
        var organisation = NewRegistration();
        await PublishAsync(organisation, NewId.NextGuid());

        await PublishAsync(new OrganisationUpdated(organisation.OrganisationId, "Renamed " + organisation.LegalName, organisation.VatNumber, "third-sector", "AT",
            "small", false, null, [], DateTimeOffset.UtcNow), NewId.NextGuid());

        var reader = Service.CreateClient().WithToken(ReaderRole);
        var view = await Eventually.Until(
            async () => await (await reader.GetAsync($"{ViewPath}/{organisation.OrganisationId}")).Content.ReadAsStringAsync(),
            body => body.Contains("Renamed ", StringComparison.Ordinal), Timeout, "the renamed organisation");
        var body = JsonDocument.Parse(view).RootElement;
        Assert.Equal("third-sector", body.GetProperty("kind").GetString());
        Assert.Equal("AT", body.GetProperty("province").GetString());
        Assert.Equal(1, await Service.QueryAsync<TContext, int>(db => CountViewRowsAsync(db, organisation.OrganisationId)));
    }

    [Fact]
    public async Task RedeliveredEventHasNoSecondEffect()
    {
        using var duplicates = new MetricCounter("PiedmontSystem.Messaging", "piedmont.inbox.duplicates_ignored", ConsumerName);
        var organisation = NewRegistration();
        var messageId = NewId.NextGuid();

        await PublishAsync(organisation, messageId);
        await PublishAsync(organisation, messageId);

        await Eventually.Until(() => Task.FromResult(duplicates.Total), n => n >= 1, Timeout, "the inbox to ignore the second delivery");
        Assert.Equal(1, await Service.QueryAsync<TContext, int>(db => CountViewRowsAsync(db, organisation.OrganisationId)));
        Assert.Equal(1, await Service.QueryAsync<TContext, int>(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
        var queues = await Service.Broker.ListQueuesAsync();
        Assert.DoesNotContain(queues, q => q.EndsWith("_error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnonymousCallerIsUnauthorized()
    {
        var response = await Service.CreateClient().GetAsync($"{ViewPath}/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OrganisationUserIsForbiddenEvenForItsOwnOrganisation()
    {
        var organisation = NewRegistration();
        await PublishAsync(organisation, NewId.NextGuid());

        var response = await Service.CreateClient().WithToken(Roles.OrganisationUser, organisation.OrganisationId).GetAsync($"{ViewPath}/{organisation.OrganisationId}");

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UnknownOrganisationIsNotFound()
    {
        var response = await Service.CreateClient().WithToken(ReaderRole).GetAsync($"{ViewPath}/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static OrganisationRegistered NewRegistration() => new(
        Guid.NewGuid(), "View Test " + Guid.NewGuid().ToString("N")[..8], TestData.VatNumber(), "enterprise", "CN", DateTimeOffset.UtcNow);

    /// <summary>Publishes as the registry's outbox would: with the message id the inbox keys on.</summary>
    private async Task PublishAsync<TMessage>(TMessage message, Guid messageId) where TMessage : class
    {
        var bus = Service.Services.GetRequiredService<IBus>();
        await bus.Publish(message, context => context.MessageId = messageId);
    }
}
