using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.ServiceDefaults.Security;

// dotnet PiedmontSystem.WebhooksBench.dll <gateway-url> [subscriptions] [events] [hub-timeout-seconds]
//
// Issue 13's figures, through the gateway of a throwaway platform:
// 1. `subscriptions` (20) partners' endpoints on loopback, each subscribed to organisation-registered
//    and verified; `events` (10,000) organisations registered in the registry, each one event from a
//    real commit (outbox → broker → hub → every endpoint). Commit to partner (the event's occurredAt
//    to the endpoint receiving it) p50/p99, and deliveries per second.
// 2. The same with endpoint 0 never answering (the hub times out on every call): the healthy
//    endpoints' p99 against run 1's; then endpoint 0 answers again and must receive every event of
//    run 2: none lost, and any event received twice with the same webhook-id both times.
// Exit code 0 only when nothing was lost and no event came under two webhook-ids.
var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:6080");
int Argument(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var subscriptionCount = Argument(1, 20);
var eventCount = Argument(2, 10_000);
var hubTimeout = TimeSpan.FromSeconds(Argument(3, 2));

using var gateway = new GatewayClient(baseUrl, 32);
var partner = DevelopmentTokens.Create(Roles.PartnerSystem, subject: "bench-partner", scopes: ["api", "events:registry"]);
string[] eventTypes = ["registry.organisation-registered.v1"];
var endpoints = new List<Endpoint>();
for (var i = 0; i < subscriptionCount; i++)
{
    var endpoint = new Endpoint(await WebhookReceiver.StartAsync());
    endpoints.Add(endpoint);
    var created = await gateway.CallAsync(HttpMethod.Post, "/api/partners/webhooks", partner,
        new { url = endpoint.Receiver.Url, eventTypes, description = $"bench endpoint {i}" }, HttpStatusCode.Created);
    var id = created.GetProperty("subscription").GetProperty("id").GetGuid();
    var verified = await gateway.CallAsync(HttpMethod.Post, $"/api/partners/webhooks/{id}/verification", partner, null, HttpStatusCode.OK);
    if (!verified.GetProperty("verified").GetBoolean())
    {
        Console.Error.WriteLine($"Endpoint {i} was not verified: {verified}");
        return 1;
    }
}
Console.WriteLine($"{subscriptionCount} endpoints subscribed and verified; each event goes to all of them.");

var first = await RunAsync("run 1", "every endpoint answering", healthy: endpoints);
endpoints[0].Receiver.Delay = hubTimeout * 3;
var second = await RunAsync("run 2", $"endpoint 0 never answering (the hub gives up after {hubTimeout.TotalSeconds:0} s)", healthy: endpoints.Skip(1).ToList());
Console.WriteLine($"Healthy endpoints' commit-to-partner p99, run 2 against run 1: {second.P99 / first.P99:0.00}x (aim ≤ 1.5x); p50 {second.P50 / first.P50:0.00}x");

// Endpoint 0 recovers: every event of run 2 must reach it.
endpoints[0].Receiver.Delay = TimeSpan.Zero;
var recovery = Stopwatch.StartNew();
var lost = await endpoints[0].WaitForAsync(second.Organisations, TimeSpan.FromMinutes(10));
Console.WriteLine(lost == 0
    ? $"Endpoint 0 answering again: all {second.Organisations.Count} events of run 2 delivered {recovery.Elapsed.TotalSeconds:0.0} s later; lost: 0."
    : $"LOST: endpoint 0 is missing {lost} of run 2's {second.Organisations.Count} events 10 minutes after it recovered.");

var duplicates = endpoints.Sum(e => e.Duplicates);
var split = endpoints.Sum(e => e.SplitIds);
Console.WriteLine($"Duplicates across every endpoint: {duplicates}; events received under two webhook-ids: {split} (must be 0).");
foreach (var endpoint in endpoints)
{
    await endpoint.Receiver.DisposeAsync();
}
return lost == 0 && split == 0 ? 0 : 1;

async Task<RunResult> RunAsync(string name, string description, IReadOnlyList<Endpoint> healthy)
{
    Console.WriteLine();
    Console.WriteLine($"{name}, {description}: registering {eventCount} organisations…");
    var started = Stopwatch.StartNew();
    var startedAt = DateTimeOffset.UtcNow;
    var organisations = (await BenchOrganisations.RegisterAsync(gateway, eventCount, $"Webhooks bench {name}")).ToHashSet();
    var registered = started.Elapsed;
    var missing = 0;
    foreach (var endpoint in healthy)
    {
        missing += await endpoint.WaitForAsync(organisations, TimeSpan.FromMinutes(5));
    }
    var arrivals = healthy.SelectMany(e => organisations.Select(o => e.First.GetValueOrDefault(o))).Where(a => a is not null).Select(a => a!).ToList();
    var lags = arrivals.Select(a => (a.ReceivedAt - a.OccurredAt).TotalMilliseconds).Order().ToList();
    var lastReceived = arrivals.Max(a => a.ReceivedAt);
    var seconds = (lastReceived - startedAt).TotalSeconds;
    var p50 = Percentiles.Of(lags, 0.50);
    var p99 = Percentiles.Of(lags, 0.99);
    Console.WriteLine($"  {eventCount} registrations in {registered.TotalSeconds:0.0} s ({eventCount / registered.TotalSeconds:0} events/s); " +
        $"{lags.Count} deliveries to {healthy.Count} healthy endpoints in {seconds:0.0} s: {lags.Count / seconds:0} deliveries/s");
    Console.WriteLine($"  commit to partner: p50 {p50:0} ms, p99 {p99:0} ms (aim p50 < 250 ms){(missing > 0 ? $"; MISSING {missing}" : "")}");
    return new RunResult(p50, p99, organisations);
}

internal sealed record RunResult(double P50, double P99, HashSet<Guid> Organisations);

/// <summary>When an event first reached an endpoint, under which webhook-id, and when it had happened.</summary>
internal sealed record Arrival(string WebhookId, DateTimeOffset ReceivedAt, DateTimeOffset OccurredAt);

/// <summary>One partner's endpoint: every accepted call read once, as it is answered.</summary>
internal sealed class Endpoint
{
    private int _duplicates;
    private int _splitIds;

    public Endpoint(WebhookReceiver receiver)
    {
        Receiver = receiver;
        receiver.OnAccepted = Accept;
    }

    public WebhookReceiver Receiver { get; }

    public ConcurrentDictionary<Guid, Arrival> First { get; } = new();

    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>Events received again under another webhook-id (must never happen).</summary>
    public int SplitIds => Volatile.Read(ref _splitIds);

    private void Accept(ReceivedWebhook call)
    {
        using var json = JsonDocument.Parse(call.Body);
        if (json.RootElement.GetProperty("type").GetString() != "registry.organisation-registered.v1")
        {
            return;
        }
        var data = json.RootElement.GetProperty("data");
        var arrival = new Arrival(call.Id, call.ReceivedAt, data.GetProperty("occurredAt").GetDateTimeOffset());
        var kept = First.GetOrAdd(data.GetProperty("organisationId").GetGuid(), arrival);
        if (!ReferenceEquals(kept, arrival))
        {
            Interlocked.Increment(ref _duplicates);
            if (kept.WebhookId != call.Id)
            {
                Interlocked.Increment(ref _splitIds);
            }
        }
    }

    /// <summary>Waits until every organisation's event arrived; how many are still missing at the timeout.</summary>
    public async Task<int> WaitForAsync(HashSet<Guid> organisations, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var missing = organisations.Count(o => !First.ContainsKey(o));
            if (missing == 0 || deadline.Elapsed > timeout)
            {
                return missing;
            }
            await Task.Delay(250);
        }
    }
}
