using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Inbox;

namespace PiedmontSystem.Identity.Tests.Organisations;

/// <summary>The registry's organisation-registered event makes its registrant the organisation's first administrator, once.</summary>
public sealed class OrganisationRegisteredConsumerTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly IdentityApi _api = new(identity);

    [Fact]
    public async Task TheRegistrantWithoutAnOrganisationBecomesItsAdministratorAndItIsAnnounced()
    {
        var person = await identity.CreatePersonAsync();
        var organisation = Guid.NewGuid();

        await PublishAsync(Registered(organisation, person.Id.ToString()));

        var joined = await Eventually.Until(() => identity.PersonAsync(person.Id), p => p.OrganisationId is not null, Timeout, "the registrant to join the organisation");
        Assert.Equal((organisation, true), (joined.OrganisationId!.Value, joined.IsOrganisationAdministrator));
        Assert.Equal(["organisation-user-added"], await _api.EventsMentioningAsync(person.Id.ToString()));
        var audit = Assert.Single(await _api.AuditOfAsync("person", person.Id));
        Assert.Equal(("organisation-user.added", "system:cluster-registry"), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task TheSameEventTwiceHasOneEffect()
    {
        var person = await identity.CreatePersonAsync();
        var message = Registered(Guid.NewGuid(), person.Id.ToString());
        var messageId = NewId.NextGuid();

        await PublishAsync(message, messageId);
        await PublishAsync(message, messageId);

        await Eventually.Until(() => identity.PersonAsync(person.Id), p => p.OrganisationId is not null, Timeout, "the registrant to join the organisation");
        await Eventually.Until(() => InboxHasAsync(messageId), Timeout, "the inbox row");
        Assert.Single(await _api.EventsMentioningAsync(person.Id.ToString()));
    }

    [Fact]
    public async Task NothingHappensForARegistrantWhoActsForAnotherOrganisationIsUnknownOrMissing()
    {
        var current = Guid.NewGuid();
        var member = await identity.CreatePersonAsync(shape: p => p.OrganisationId = current);
        var messages = new[]
        {
            (Registered(Guid.NewGuid(), member.Id.ToString()), NewId.NextGuid()),
            (Registered(Guid.NewGuid(), Guid.NewGuid().ToString()), NewId.NextGuid()),
            (Registered(Guid.NewGuid(), "dev-organisation-user-1234"), NewId.NextGuid()),
            (Registered(Guid.NewGuid(), null), NewId.NextGuid()),
        };
        var before = await _api.ChangeCountsAsync();

        foreach (var (message, id) in messages)
        {
            await PublishAsync(message, id);
        }

        foreach (var (_, id) in messages)
        {
            await Eventually.Until(() => InboxHasAsync(id), Timeout, $"message {id} in the inbox");
        }
        var unchanged = await identity.PersonAsync(member.Id);
        Assert.Equal((current, false), (unchanged.OrganisationId!.Value, unchanged.IsOrganisationAdministrator));
        Assert.Equal(before, await _api.ChangeCountsAsync());
    }

    private static OrganisationRegistered Registered(Guid organisationId, string? registeredBy) =>
        new(organisationId, "Registered " + organisationId.ToString("N")[..8], TestData.VatNumber(), "enterprise", "TO", DateTimeOffset.UtcNow, RegisteredBy: registeredBy);

    private async Task PublishAsync(OrganisationRegistered message, Guid? messageId = null) =>
        await identity.Service.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId ?? NewId.NextGuid());

    private Task<bool> InboxHasAsync(Guid messageId) =>
        identity.QueryAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId));
}
