using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.PartnerHub.Infrastructure.Delivery;

namespace PiedmontSystem.PartnerHub.Tests;

/// <summary>What the tests do as a partner: subscribe, verify, read the log.</summary>
public static class PartnerHubApi
{
    public sealed record Subscribed(Guid Id, string Secret);

    public static object Subscription(string url, string[] eventTypes, string[]? clusterCodes = null, string[]? callCodes = null, string[]? prioritySystems = null) =>
        new { url, eventTypes, clusterCodes, callCodes, prioritySystems, description = "CRM of the chamber of commerce", contactEmail = "it@crm.example" };

    public static async Task<Subscribed> SubscribeAsync(this HttpClient partner, object subscription)
    {
        var response = await partner.PostAsJsonAsync("/api/partners/webhooks", subscription);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Subscribed(body.GetProperty("subscription").GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
    }

    /// <summary>Subscribes <paramref name="receiver"/> and verifies it: active from now on.</summary>
    public static async Task<Subscribed> SubscribeActiveAsync(this HttpClient partner, WebhookReceiver receiver, string[] eventTypes,
        string[]? clusterCodes = null, string[]? callCodes = null, string[]? prioritySystems = null)
    {
        var subscribed = await partner.SubscribeAsync(Subscription(receiver.Url, eventTypes, clusterCodes, callCodes, prioritySystems));
        var verification = await partner.VerifyAsync(subscribed.Id);
        Assert.True(verification.GetProperty("verified").GetBoolean(), verification.ToString());
        return subscribed;
    }

    public static async Task<JsonElement> VerifyAsync(this HttpClient partner, Guid id)
    {
        var response = await partner.PostAsync($"/api/partners/webhooks/{id}/verification", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static JsonElement Json(this ReceivedWebhook call) => JsonDocument.Parse(call.Body).RootElement;

    /// <summary>Whether the call's signature verifies with <paramref name="secret"/>, as a partner checks it.</summary>
    public static bool SignedWith(this ReceivedWebhook call, string secret) =>
        WebhookSignature.Verify(call.Id, call.Timestamp, call.Body, call.Signature, secret);

    /// <summary>Waits until the receiver accepted a call for every one of <paramref name="messageIds"/>.</summary>
    public static Task AcceptedAllAsync(this WebhookReceiver receiver, IEnumerable<Guid> messageIds, int seconds = 20)
    {
        var wanted = messageIds.Select(id => id.ToString()).ToHashSet();
        return Eventually.Until(() => Task.FromResult(wanted.IsSubsetOf(receiver.Accepted.Select(c => c.Id))),
            TimeSpan.FromSeconds(seconds), $"{wanted.Count} deliveries accepted by {receiver.Url}");
    }
}
