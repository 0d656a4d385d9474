using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;
using static PiedmontSystem.PartnerHub.Tests.PartnerHubApi;

namespace PiedmontSystem.PartnerHub.Tests.Webhooks;

public class SubscriptionsApiTests(PartnerHubFixture hub) : IClassFixture<PartnerHubFixture>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_partner_subscribes_gets_its_secret_once_and_the_subscription_waits_for_verification()
    {
        var partner = hub.Partner("crm-subscribes");
        var response = await partner.PostAsJsonAsync("/api/partners/webhooks",
            Subscription(_receiver.Url, ["registry.organisation-registered.v1"], clusterCodes: ["mesap"], prioritySystems: ["HEALTH"]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("whsec_", body.GetProperty("secret").GetString());
        var subscription = body.GetProperty("subscription");
        Assert.Equal("pending-verification", subscription.GetProperty("status").GetString());
        Assert.Equal("crm-subscribes", subscription.GetProperty("partnerId").GetString());
        Assert.Equal(["MESAP"], subscription.GetProperty("clusterCodes").EnumerateArray().Select(c => c.GetString()));

        var read = await partner.GetJsonAsync($"/api/partners/webhooks/{subscription.GetProperty("id").GetGuid()}");
        Assert.False(read.TryGetProperty("secret", out _));
        Assert.Equal(_receiver.Url, read.GetProperty("url").GetString());
        var stored = await hub.Service.QueryAsync<PartnerHubDbContext, string>(db => db.Secrets.Select(s => s.Protected).FirstAsync());
        Assert.DoesNotContain("whsec_", stored);
    }

    [Fact]
    public async Task Verification_sends_a_signed_test_delivery_and_a_2xx_makes_the_subscription_active()
    {
        var partner = hub.Partner("crm-verifies");
        var subscribed = await partner.SubscribeAsync(Subscription(_receiver.Url, ["funding.call-opened.v1"]));

        _receiver.StatusCode = 503;
        var refused = await partner.VerifyAsync(subscribed.Id);
        Assert.False(refused.GetProperty("verified").GetBoolean());
        Assert.Equal(503, refused.GetProperty("statusCode").GetInt32());
        Assert.Equal("refused with 503", refused.GetProperty("responseExcerpt").GetString());
        Assert.Equal("pending-verification", refused.GetProperty("subscription").GetProperty("status").GetString());

        _receiver.StatusCode = 204;
        var verified = await partner.VerifyAsync(subscribed.Id);
        Assert.True(verified.GetProperty("verified").GetBoolean());
        Assert.Equal("active", verified.GetProperty("subscription").GetProperty("status").GetString());

        var test = _receiver.Calls.Last();
        Assert.True(test.SignedWith(subscribed.Secret));
        Assert.Equal("webhook.verification", test.Json().GetProperty("type").GetString());
        Assert.Equal(subscribed.Id, test.Json().GetProperty("data").GetProperty("subscriptionId").GetGuid());

        var log = await partner.GetJsonAsync($"/api/partners/webhooks/{subscribed.Id}/attempts");
        Assert.Equal([204, 503], log.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()));
    }

    [Theory]
    [InlineData("http://crm.example/hooks", "url")]
    [InlineData("https://10.0.0.5/hooks", "url")]
    [InlineData("https://169.254.169.254/latest/meta-data", "url")]
    [InlineData("https://[fd00::5]/hooks", "url")]
    public async Task A_url_inside_our_network_or_without_https_is_refused_naming_the_field_and_nothing_is_stored(string url, string field)
    {
        var partner = hub.Partner("crm-bad-url");
        var response = await partner.PostAsJsonAsync("/api/partners/webhooks", Subscription(url, ["registry.organisation-registered.v1"]));

        Assert.Equal([field], (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(0, await hub.Service.QueryAsync<PartnerHubDbContext, int>(db => db.Subscriptions.CountAsync(s => s.PartnerId == "crm-bad-url")));
    }

    [Fact]
    public async Task Unknown_event_types_bad_codes_and_areas_outside_the_partner_s_scopes_are_refused_by_field()
    {
        var registryOnly = hub.Partner("crm-registry-only", "registry");

        Assert.Equal(["eventTypes[0]"], (await (await registryOnly.PostAsJsonAsync("/api/partners/webhooks", Subscription(_receiver.Url, ["registry.no-such-thing.v1"]))).ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["prioritySystems[0]"], (await (await registryOnly.PostAsJsonAsync("/api/partners/webhooks", Subscription(_receiver.Url, ["registry.organisation-registered.v1"], prioritySystems: ["SPACE"]))).ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["eventTypes[1]"], (await (await registryOnly.PostAsJsonAsync("/api/partners/webhooks", Subscription(_receiver.Url, ["registry.organisation-registered.v1", "funding.grant-awarded.v1"]))).ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["eventTypes"], (await (await registryOnly.PostAsJsonAsync("/api/partners/webhooks", Subscription(_receiver.Url, []))).ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(0, await hub.Service.QueryAsync<PartnerHubDbContext, int>(db => db.Subscriptions.CountAsync(s => s.PartnerId == "crm-registry-only")));
    }

    [Fact]
    public async Task A_partner_never_sees_or_changes_another_partner_s_subscription()
    {
        var owner = await hub.Partner("crm-owner").SubscribeAsync(Subscription(_receiver.Url, ["registry.organisation-registered.v1"]));
        var other = hub.Partner("crm-other");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/partners/webhooks/{owner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/partners/webhooks/{owner.Id}", Subscription(_receiver.Url, ["funding.call-opened.v1"]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/partners/webhooks/{owner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/partners/webhooks/{owner.Id}/verification", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/partners/webhooks/{owner.Id}/attempts")).StatusCode);
        Assert.DoesNotContain((await other.GetJsonAsync("/api/partners/webhooks")).GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == owner.Id);
        Assert.Empty(_receiver.Calls);
    }

    [Fact]
    public async Task Only_partner_systems_manage_webhooks_and_only_operators_see_everyone_s()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Service.CreateClient().GetAsync("/api/partners/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.As(Roles.OrganisationUser).GetAsync("/api/partners/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.As(Roles.Operator).PostAsJsonAsync("/api/partners/webhooks", Subscription(_receiver.Url, ["registry.organisation-registered.v1"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.Partner("crm-nosy").GetAsync("/api/partners/operations/webhooks")).StatusCode);

        var subscribed = await hub.Partner("crm-seen-by-operator").SubscribeAsync(Subscription(_receiver.Url, ["registry.organisation-registered.v1"]));
        var all = await hub.As(Roles.Operator).GetJsonAsync("/api/partners/operations/webhooks?partnerId=crm-seen-by-operator");
        Assert.Equal(subscribed.Id, Assert.Single(all.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        // The catalogue is public, and so is its AsyncAPI document, the one committed under docs/.
        var asyncApi = await hub.Service.CreateClient().GetAsync("/api/partners/asyncapi.json");
        Assert.Equal("application/json", asyncApi.Content.Headers.ContentType?.MediaType);
        var document = await asyncApi.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("3.0.0", document.GetProperty("asyncapi").GetString());
        Assert.True(document.GetProperty("channels").TryGetProperty("piedmont.registry.organisation-registered.v1", out _)
            || document.GetProperty("channels").EnumerateObject().Any(c => c.Value.TryGetProperty("address", out var a) && a.GetString() == "piedmont.registry.organisation-registered.v1"));
        var types = await hub.Service.CreateClient().GetJsonAsync("/api/partners/event-types");
        Assert.Contains(types.GetProperty("items").EnumerateArray(), t => t.GetProperty("type").GetString() == "registry.organisation-registered.v1"
            && t.GetProperty("scope").GetString() == "events:registry" && t.GetProperty("exchange").GetString() == "piedmont.registry.organisation-registered.v1");
    }

    [Fact]
    public async Task Changing_the_url_needs_a_new_verification_and_deleting_removes_it()
    {
        var partner = hub.Partner("crm-changes");
        var subscribed = await partner.SubscribeActiveAsync(_receiver, ["registry.organisation-registered.v1"]);
        await using var moved = await WebhookReceiver.StartAsync();

        var changed = await partner.PutAsJsonAsync($"/api/partners/webhooks/{subscribed.Id}", Subscription(moved.Url, ["registry.organisation-registered.v1", "registry.cluster-updated.v1"]));
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending-verification", body.GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("eventTypes").GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await partner.DeleteAsync($"/api/partners/webhooks/{subscribed.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/partners/webhooks/{subscribed.Id}")).StatusCode);
    }
}
