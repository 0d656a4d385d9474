using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.PartnerHub.Tests.Webhooks;

/// <summary>The hub with "failing for days" shortened to two seconds.</summary>
public sealed class QuickDisableFixture : PartnerHubFixture
{
    protected override IReadOnlyDictionary<string, string> Delivery =>
        new Dictionary<string, string>(base.Delivery) { ["DisableAfter"] = "00:00:02", ["PauseAfterFailures"] = "2" };
}

public class DisabledSubscriptionTests(QuickDisableFixture hub) : IClassFixture<QuickDisableFixture>
{
    [Fact]
    public async Task A_subscription_failing_for_the_disable_period_is_disabled_its_partner_told_and_a_verification_and_replay_bring_everything_back()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var partner = hub.Partner("crm-gone-quiet");
        var subscribed = await partner.SubscribeActiveAsync(receiver, ["accelerator.intake-opened.v1"]);
        var since = DateTimeOffset.UtcNow;
        receiver.StatusCode = 500;

        var events = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            events.Add(await hub.PublishAsync(new IntakeOpened(Guid.NewGuid(), $"BA-2027-{i}", DateTimeOffset.UtcNow.AddDays(20), DateTimeOffset.UtcNow)));
        }
        var disabled = await Eventually.Until(() => partner.GetJsonAsync($"/api/partners/webhooks/{subscribed.Id}"),
            s => s.GetProperty("status").GetString() == "disabled", TimeSpan.FromSeconds(30), "the subscription to be disabled");
        Assert.Contains("failed since", disabled.GetProperty("disabledReason").GetString());

        var notice = Assert.Single((await partner.GetJsonAsync("/api/partners/notices")).GetProperty("items").EnumerateArray());
        Assert.Equal("subscription-disabled", notice.GetProperty("kind").GetString());
        Assert.Equal(subscribed.Id, notice.GetProperty("subscriptionId").GetGuid());
        var deliveries = (await partner.GetJsonAsync($"/api/partners/webhooks/{subscribed.Id}/deliveries")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal("failed", d.GetProperty("status").GetString()));

        receiver.StatusCode = 200;
        Assert.True((await partner.VerifyAsync(subscribed.Id)).GetProperty("verified").GetBoolean());
        var replay = await partner.PostAsJsonAsync($"/api/partners/webhooks/{subscribed.Id}/replay", new { since });
        Assert.Equal(3, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());
        await receiver.AcceptedAllAsync(events);
    }
}
