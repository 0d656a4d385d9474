using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.Contracts;
using PiedmontSystem.PartnerHub.Domain.Webhooks;
using PiedmontSystem.PartnerHub.Infrastructure;

namespace PiedmontSystem.PartnerHub.Tests.Webhooks;

public class DeliveryTests(PartnerHubFixture hub) : IClassFixture<PartnerHubFixture>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private static OrganisationRegistered Registered(string name, params string[] prioritySystems) =>
        new(Guid.NewGuid(), name, null, "enterprise", "TO", DateTimeOffset.UtcNow, "small", PrioritySystems: prioritySystems);

    private static MembershipApproved Approved(string cluster) => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), cluster, DateTimeOffset.UtcNow);

    [Fact]
    public async Task An_event_reaches_the_partner_signed_with_its_message_id_its_type_and_the_data_as_published()
    {
        var subscribed = await hub.Partner("crm-delivery").SubscribeActiveAsync(_receiver, ["registry.organisation-registered.v1"]);
        var registered = Registered("Officine Canavesane srl", "MANUFACTURING");

        var messageId = await hub.PublishAsync(registered);
        await _receiver.AcceptedAllAsync([messageId]);

        var call = _receiver.Accepted.Single(c => c.Id == messageId.ToString());
        Assert.True(call.SignedWith(subscribed.Secret));
        Assert.InRange(call.Timestamp, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var body = call.Json();
        Assert.Equal("registry.organisation-registered.v1", body.GetProperty("type").GetString());
        Assert.True(body.GetProperty("timestamp").TryGetDateTimeOffset(out _));
        Assert.Equal(registered.OrganisationId, body.GetProperty("data").GetProperty("organisationId").GetGuid());
        Assert.Equal("Officine Canavesane srl", body.GetProperty("data").GetProperty("legalName").GetString());
        Assert.Equal("MANUFACTURING", body.GetProperty("data").GetProperty("prioritySystems")[0].GetString());

        // The lane records the outcome just after the endpoint answered.
        var deliveries = await Eventually.Until(() => hub.Partner("crm-delivery").GetJsonAsync($"/api/partners/webhooks/{subscribed.Id}/deliveries"),
            d => d.GetProperty("items").EnumerateArray().All(i => i.GetProperty("status").GetString() == "delivered"), TimeSpan.FromSeconds(10), "the delivery recorded");
        var delivery = Assert.Single(deliveries.GetProperty("items").EnumerateArray());
        Assert.Equal(messageId, delivery.GetProperty("messageId").GetGuid());
    }

    [Fact]
    public async Task Only_subscribed_types_matching_the_filters_are_delivered_and_a_redelivered_event_only_once()
    {
        var partner = hub.Partner("crm-filters");
        await partner.SubscribeActiveAsync(_receiver, ["registry.membership-approved.v1"], clusterCodes: ["MESAP"]);

        var other = await hub.PublishAsync(Approved("CLEVER"));
        var unsubscribed = await hub.PublishAsync(Registered("Not wanted"));
        var wanted = await hub.PublishAsync(Approved("MESAP"));
        await hub.PublishAsync(Approved("MESAP"), wanted); // the same message again (a redelivery)
        var last = await hub.PublishAsync(Approved("mesap"));
        await _receiver.AcceptedAllAsync([wanted, last]);

        // Every event the hub received is stored once, so nothing else is on its way to this endpoint.
        await Eventually.Until(async () => await hub.Service.QueryAsync<PartnerHubDbContext, bool>(db =>
            db.Events.AnyAsync(e => e.MessageId == other)), TimeSpan.FromSeconds(10), "the hub to receive the CLEVER approval");
        var ids = _receiver.Calls.Where(c => c.Json().GetProperty("type").GetString() != "webhook.verification").Select(c => c.Id).ToList();
        Assert.Equal(new[] { wanted.ToString(), last.ToString() }.Order(), ids.Order());
        Assert.DoesNotContain(other.ToString(), ids);
        Assert.DoesNotContain(unsubscribed.ToString(), ids);
    }

    [Fact]
    public async Task A_failing_endpoint_is_retried_with_the_same_webhook_id_and_the_log_shows_every_attempt()
    {
        var partner = hub.Partner("crm-retries");
        var subscribed = await partner.SubscribeActiveAsync(_receiver, ["registry.cluster-updated.v1"]);
        var failures = 0;
        _receiver.Answer = _ => Interlocked.Increment(ref failures) <= 2 ? 500 : 200;

        var messageId = await hub.PublishAsync(new ClusterUpdated(Guid.NewGuid(), "MESAP", "Smart manufacturing", "Manifattura intelligente", "regional-innovation-cluster", "active", null, ["MANUFACTURING"], DateTimeOffset.UtcNow));
        await _receiver.AcceptedAllAsync([messageId]);

        Assert.Equal([500, 500, 200], _receiver.Calls.Where(c => c.Id == messageId.ToString()).Select(c => c.AnsweredWith));
        var recorded = await Eventually.Until(() => partner.GetJsonAsync($"/api/partners/webhooks/{subscribed.Id}/deliveries"),
            d => d.GetProperty("items")[0].GetProperty("status").GetString() == "delivered", TimeSpan.FromSeconds(10), "the delivery recorded");
        Assert.Equal(3, Assert.Single(recorded.GetProperty("items").EnumerateArray()).GetProperty("attempts").GetInt32());
        var log = await partner.GetJsonAsync($"/api/partners/webhooks/{subscribed.Id}/attempts?messageId={messageId}");
        var attempts = log.GetProperty("items").EnumerateArray().Reverse().ToList();
        Assert.Equal([1, 2, 3], attempts.Select(a => a.GetProperty("number").GetInt32()));
        Assert.Equal([500, 500, 200], attempts.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal("refused with 500", attempts[0].GetProperty("responseExcerpt").GetString());
        Assert.All(attempts, a => Assert.True(a.GetProperty("latencyMs").GetInt32() >= 0));
    }

    [Fact]
    public async Task A_hanging_endpoint_holds_at_most_its_own_concurrency_and_never_delays_another_partner()
    {
        await using var hanging = await WebhookReceiver.StartAsync();
        await hub.Partner("crm-hanging").SubscribeActiveAsync(hanging, ["registry.organisation-registered.v1"]);
        hanging.Delay = TimeSpan.FromSeconds(30);
        await hub.Partner("crm-healthy").SubscribeActiveAsync(_receiver, ["registry.organisation-registered.v1"]);

        var events = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            events.Add(await hub.PublishAsync(Registered($"Azienda {i}")));
        }
        await _receiver.AcceptedAllAsync(events);

        // The hanging endpoint fills its four places and gets no more.
        await Eventually.Until(() => Task.FromResult(hanging.MaxInFlight == 4), TimeSpan.FromSeconds(10), "four calls in flight to the hanging endpoint");
        Assert.DoesNotContain(hanging.Accepted, c => events.Contains(Guid.Parse(c.Id)));
        Assert.Equal(4, hanging.MaxInFlight);
    }

    [Fact]
    public async Task After_five_failures_in_a_row_the_endpoint_rests_and_when_it_answers_again_everything_is_delivered()
    {
        var partner = hub.Partner("crm-rests");
        var subscribed = await partner.SubscribeActiveAsync(_receiver, ["funding.call-opened.v1"]);
        _receiver.StatusCode = 502;

        var events = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            events.Add(await hub.PublishAsync(new CallOpened(Guid.NewGuid(), $"PRFESR-2026-RD-{i:00}", DateTimeOffset.UtcNow.AddDays(30), DateTimeOffset.UtcNow)));
        }
        await Eventually.Until(async () => (await partner.GetJsonAsync($"/api/partners/webhooks/{subscribed.Id}")).GetProperty("health").GetProperty("consecutiveFailures").GetInt32() >= 5,
            TimeSpan.FromSeconds(20), "five failures in a row");
        var health = (await partner.GetJsonAsync($"/api/partners/webhooks/{subscribed.Id}")).GetProperty("health");
        Assert.NotEqual(JsonValueKind.Null, health.GetProperty("failingSince").ValueKind);
        Assert.Equal(1, (await hub.As(ServiceDefaults.Security.Roles.Operator).GetJsonAsync("/api/partners/operations/webhooks?failing=true&partnerId=crm-rests")).GetProperty("items").GetArrayLength());

        _receiver.StatusCode = 200;
        await _receiver.AcceptedAllAsync(events, seconds: 30);
        await Eventually.Until(async () => (await partner.GetJsonAsync($"/api/partners/webhooks/{subscribed.Id}")).GetProperty("health").GetProperty("consecutiveFailures").GetInt32() == 0,
            TimeSpan.FromSeconds(10), "the endpoint's health to be reset");
    }

    [Fact]
    public async Task Replay_sends_one_event_or_everything_since_an_instant_again_with_the_same_webhook_id()
    {
        var partner = hub.Partner("crm-replays");
        var subscribed = await partner.SubscribeActiveAsync(_receiver, ["registry.organisation-registered.v1"]);
        var first = await hub.PublishAsync(Registered("Prima"));
        await _receiver.AcceptedAllAsync([first]);
        var since = DateTimeOffset.UtcNow;
        var second = await hub.PublishAsync(Registered("Seconda"));
        await _receiver.AcceptedAllAsync([second]);

        var one = await partner.PostAsJsonAsync($"/api/partners/webhooks/{subscribed.Id}/replay", new { messageId = first });
        Assert.Equal(HttpStatusCode.Accepted, one.StatusCode);
        Assert.Equal(1, (await one.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());
        await Eventually.Until(() => Task.FromResult(_receiver.Accepted.Count(c => c.Id == first.ToString()) == 2), TimeSpan.FromSeconds(10), "the replayed event");

        var all = await partner.PostAsJsonAsync($"/api/partners/webhooks/{subscribed.Id}/replay", new { since });
        Assert.Equal(1, (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());
        await Eventually.Until(() => Task.FromResult(_receiver.Accepted.Count(c => c.Id == second.ToString()) == 2), TimeSpan.FromSeconds(10), "the events since the instant");

        var both = await partner.PostAsJsonAsync($"/api/partners/webhooks/{subscribed.Id}/replay", new { messageId = first, since });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        var unknown = await partner.PostAsJsonAsync($"/api/partners/webhooks/{subscribed.Id}/replay", new { messageId = Guid.NewGuid() });
        Assert.Equal(["messageId"], (await unknown.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task After_a_secret_rotation_deliveries_carry_both_signatures_until_the_overlap_ends()
    {
        var partner = hub.Partner("crm-rotates");
        var subscribed = await partner.SubscribeActiveAsync(_receiver, ["registry.organisation-registered.v1"]);

        var rotated = await (await partner.PostAsJsonAsync($"/api/partners/webhooks/{subscribed.Id}/secret-rotation", new { overlapHours = 24 })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = rotated.GetProperty("secret").GetString()!;
        Assert.NotEqual(subscribed.Secret, secret);
        var during = await hub.PublishAsync(Registered("Durante"));
        await _receiver.AcceptedAllAsync([during]);
        var call = _receiver.Accepted.Single(c => c.Id == during.ToString());
        Assert.Equal(2, call.Signature.Split(' ').Length);
        Assert.True(call.SignedWith(secret));
        Assert.True(call.SignedWith(subscribed.Secret));

        var again = await (await partner.PostAsJsonAsync($"/api/partners/webhooks/{subscribed.Id}/secret-rotation", new { overlapHours = 0 })).Content.ReadFromJsonAsync<JsonElement>();
        var after = await hub.PublishAsync(Registered("Dopo"));
        await _receiver.AcceptedAllAsync([after]);
        var last = _receiver.Accepted.Single(c => c.Id == after.ToString());
        Assert.True(last.SignedWith(again.GetProperty("secret").GetString()!));
        Assert.False(last.SignedWith(secret));
        Assert.False(last.SignedWith(subscribed.Secret));
    }

    [Fact]
    public async Task The_hub_never_connects_to_a_refused_address_even_when_a_subscription_names_it()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new PiedmontSystem.PartnerHub.Infrastructure.Delivery.DestinationPolicy(allowLoopback: false));
        services.AddOptions<PiedmontSystem.PartnerHub.Infrastructure.Delivery.DeliveryOptions>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PiedmontSystem.PartnerHub.Infrastructure.Delivery.WebhookSender>();
        PiedmontSystem.PartnerHub.Infrastructure.Delivery.WebhookHttp.AddWebhookHttpClient(services);
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<PiedmontSystem.PartnerHub.Infrastructure.Delivery.WebhookSender>()
            .SendAsync(_receiver.Url, Guid.NewGuid().ToString(), "{}"u8.ToArray(), ["whsec_" + Convert.ToBase64String(new byte[32])], CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("Loopback", result.Error);
        Assert.Empty(_receiver.Calls);
    }

    [Fact]
    public async Task Every_subscription_matched_gets_its_own_delivery_in_the_transaction_that_stores_the_event()
    {
        await using var second = await WebhookReceiver.StartAsync();
        await hub.Partner("crm-one").SubscribeActiveAsync(_receiver, ["registry.organisation-updated.v1"]);
        await hub.Partner("crm-two").SubscribeActiveAsync(second, ["registry.organisation-updated.v1"]);

        var messageId = await hub.PublishAsync(new OrganisationUpdated(Guid.NewGuid(), "Aggiornata", null, "enterprise", "CN", "medium", false, null, [], DateTimeOffset.UtcNow));
        await _receiver.AcceptedAllAsync([messageId]);
        await second.AcceptedAllAsync([messageId]);

        var deliveries = await Eventually.Until(() => hub.Service.QueryAsync<PartnerHubDbContext, List<WebhookDelivery>>(db => db.Deliveries.Where(d => d.MessageId == messageId).ToListAsync()),
            d => d.All(x => x.Status == DeliveryStatus.Delivered), TimeSpan.FromSeconds(10), "both deliveries recorded");
        Assert.Equal(2, deliveries.Count);
    }

    [Fact]
    public async Task Housekeeping_forgets_what_is_older_than_the_retention_but_not_what_a_delivery_still_waits_for()
    {
        await using var down = await WebhookReceiver.StartAsync();
        var kept = await hub.Partner("crm-kept").SubscribeActiveAsync(_receiver, ["registry.organisation-registered.v1"]);
        var waiting = await hub.Partner("crm-down").SubscribeActiveAsync(down, ["registry.organisation-registered.v1"]);
        down.StatusCode = 503;
        var messageId = await hub.PublishAsync(Registered("Vecchia"));
        await Eventually.Until(() => hub.Service.QueryAsync<PartnerHubDbContext, bool>(db =>
                db.Deliveries.AnyAsync(d => d.SubscriptionId == kept.Id && d.MessageId == messageId && d.Status == DeliveryStatus.Delivered)),
            TimeSpan.FromSeconds(10), "the delivery to the endpoint that answers");
        await Eventually.Until(() => hub.Service.QueryAsync<PartnerHubDbContext, bool>(db =>
                db.Attempts.AnyAsync(a => a.SubscriptionId == waiting.Id && a.MessageId == messageId)),
            TimeSpan.FromSeconds(10), "a failed attempt to the endpoint that is down");

        var store = hub.Service.Services.GetRequiredService<PiedmontSystem.PartnerHub.Infrastructure.Delivery.DeliveryStore>();
        var cutoff = DateTimeOffset.UtcNow;
        await store.PurgeAsync(cutoff, CancellationToken.None);

        var (events, deliveries, attempts) = await hub.Service.QueryAsync<PartnerHubDbContext, (int, List<DeliveryStatus>, int)>(async db => (
            await db.Events.CountAsync(e => e.MessageId == messageId),
            await db.Deliveries.Where(d => d.MessageId == messageId && (d.SubscriptionId == kept.Id || d.SubscriptionId == waiting.Id)).Select(d => d.Status).ToListAsync(),
            await db.Attempts.CountAsync(a => a.MessageId == messageId && a.AttemptedAt < cutoff)));
        Assert.Equal(1, events);
        Assert.Equal([DeliveryStatus.Pending], deliveries);
        Assert.Equal(0, attempts);
    }
}
