using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Security;

// dotnet PiedmontSystem.DeadlineBench.dll <gateway-url> <organisation-ids-file> [base-rate/s] [window-s] [after-s] [clients] [multiplier]
//
// For each load (the base rate, then `multiplier` times it, 50 by default), publishes a call whose deadline falls `window` seconds
// after the load starts, drafts one proposal per organisation, then submits (and re-submits) them
// at that rate from up to `clients` concurrent clients until `after` seconds past the deadline.
// Checks: every submission the server timestamped at or before the deadline was accepted, every
// one after was refused as late, no 5xx. Prints submissions/s and latency percentiles per load.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: DeadlineBench <gateway-url> <organisation-ids-file> [base-rate] [window-s] [after-s] [clients] [multiplier]");
    return 2;
}
var baseUrl = new Uri(args[0]);
var organisations = File.ReadAllLines(args[1]).Where(l => Guid.TryParse(l.Trim(), out _)).Select(l => Guid.Parse(l.Trim())).ToList();
var baseRate = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 10;
var window = TimeSpan.FromSeconds(args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 60);
var after = TimeSpan.FromSeconds(args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 10);
var clients = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 200;
var peak = args.Length > 6 ? int.Parse(args[6], CultureInfo.InvariantCulture) : 50;

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
var tokens = organisations.ToDictionary(id => id, id => DevelopmentTokens.Create(Roles.OrganisationUser, id.ToString(), subject: "bench-" + id.ToString("N")[..12]));
var officer = DevelopmentTokens.Create(Roles.RegionalOfficer, subject: "bench-officer");

var results = new List<LoadResult>();
foreach (var multiplier in new[] { 1, peak })
{
    var rate = baseRate * multiplier;
    Console.WriteLine($"Load {multiplier}x: {rate:0.#} submissions/s for {window.TotalSeconds:0} s before the deadline and {after.TotalSeconds:0} s after, {organisations.Count} proposals, up to {clients} clients");
    results.Add(await RunLoadAsync(multiplier, rate));
}

Console.WriteLine();
Console.WriteLine("Deadline day: submissions across the deadline (latency in ms, through the gateway)");
Console.WriteLine($"{"load",-5} {"rate/s",7} {"accepted",9} {"late",6} {"5xx",4} {"other",6} {"accepted/s",11} {"p50",8} {"p95",8} {"p99",8} {"violations",11}");
foreach (var r in results)
{
    Console.WriteLine($"{r.Multiplier + "x",-5} {r.Rate,7:0.#} {r.Accepted,9} {r.Late,6} {r.ServerErrors,4} {r.Other,6} {r.AcceptedPerSecond,11:0.0} {r.P50,8:0.0} {r.P95,8:0.0} {r.P99,8:0.0} {r.Violations,11}");
}
var ratio = results[1].P95 / results[0].P95;
Console.WriteLine($"p95 at {peak}x / p95 at 1x = {ratio:0.00}x (aim: within 3x)");
var clean = results.All(r => r.ServerErrors == 0 && r.Violations == 0 && r.Other == 0);
Console.WriteLine(clean ? "Deadline rule held: every submission before the deadline accepted, every one after refused, zero 5xx." : "DEADLINE RULE OR AVAILABILITY BROKEN: see the counts above.");
return clean ? 0 : 1;

async Task<LoadResult> RunLoadAsync(int multiplier, double rate)
{
    // Drafting happens before the measured window starts; the deadline is set so that the window is exactly `window` long.
    var setup = TimeSpan.FromSeconds(Math.Max(20, organisations.Count / 50.0));
    var loadStart = DateTimeOffset.UtcNow + setup;
    var deadline = loadStart + window;
    var callId = await PublishCallAsync(multiplier, deadline);
    var proposals = new ConcurrentBag<(Guid Proposal, Guid Lead)>();
    await Parallel.ForEachAsync(organisations, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (lead, ct) =>
    {
        var response = await SendAsync(HttpMethod.Post, $"/api/funding/calls/{callId}/proposals", tokens[lead], new
        {
            title = "Deadline-day proposal", summary = "A proposal written for the deadline-day benchmark.", prioritySystem = "GREEN_TECH",
            components = new[] { "DIGITAL" }, leadBudgetEur = 100_000m, partners = Array.Empty<object>(), requestedGrantEur = 50_000m,
        }, ct);
        response.EnsureSuccessStatusCode();
        proposals.Add((JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetGuid(), lead));
    });
    var list = proposals.ToList();
    // Warm-up, not measured: one submission for a fifth of the proposals, so that neither load
    // pays for the first requests of the submission path (JIT, connection pools).
    await Parallel.ForEachAsync(list.Take(Math.Max(1, list.Count / 5)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (p, ct) => await SubmitAsync(p.Proposal, p.Lead));
    var wait = loadStart - DateTimeOffset.UtcNow;
    if (wait > TimeSpan.Zero)
    {
        await Task.Delay(wait); // the load schedule starts at a fixed instant
    }

    var samples = new ConcurrentBag<Sample>();
    using var gate = new SemaphoreSlim(clients);
    var inFlight = new List<Task>();
    var clock = Stopwatch.StartNew();
    var total = (int)((window + after).TotalSeconds * rate);
    for (var i = 0; i < total; i++)
    {
        var due = TimeSpan.FromSeconds(i / rate);
        var ahead = due - clock.Elapsed;
        if (ahead > TimeSpan.Zero)
        {
            await Task.Delay(ahead);
        }
        await gate.WaitAsync();
        var (proposal, lead) = list[i % list.Count];
        inFlight.Add(Task.Run(async () =>
        {
            try
            {
                samples.Add(await SubmitAsync(proposal, lead));
            }
            finally
            {
                gate.Release();
            }
        }));
    }
    await Task.WhenAll(inFlight);
    return Summarise(multiplier, rate, deadline, samples.ToList());
}

async Task<Sample> SubmitAsync(Guid proposal, Guid lead)
{
    var sentAt = DateTimeOffset.UtcNow;
    var watch = Stopwatch.StartNew();
    using var response = await SendAsync(HttpMethod.Post, $"/api/funding/proposals/{proposal}/submit", tokens[lead], null, CancellationToken.None);
    var body = await response.Content.ReadAsStringAsync();
    var latency = watch.Elapsed.TotalMilliseconds;
    DateTimeOffset? serverTime = null;
    string? problem = null;
    if (body.StartsWith('{'))
    {
        var json = JsonDocument.Parse(body).RootElement;
        if (response.IsSuccessStatusCode)
        {
            serverTime = json.GetProperty("receipt").GetProperty("submittedAt").GetDateTimeOffset();
        }
        else
        {
            problem = json.TryGetProperty("type", out var type) ? type.GetString() : null;
            serverTime = json.TryGetProperty("receivedAt", out var received) ? received.GetDateTimeOffset() : null;
        }
    }
    return new Sample(sentAt, DateTimeOffset.UtcNow, latency, (int)response.StatusCode, problem, serverTime);
}

async Task<Guid> PublishCallAsync(int multiplier, DateTimeOffset deadline)
{
    var code = $"BENCH-{multiplier}X-{DateTimeOffset.UtcNow:HHmmss}";
    var draft = await SendAsync(HttpMethod.Post, "/api/funding/calls", officer, new
    {
        code,
        titleIt = "Bando del giorno di scadenza", titleEn = "Deadline-day call", textIt = "Prova di carico", textEn = "Load test",
        instrument = "innovation-services-voucher",
        eligibleKinds = new[] { "enterprise" },
        eligibleSizeClasses = new[] { "micro", "small", "medium" },
        consortium = new { minParticipants = 1, maxParticipants = 1, requiresSme = true },
        minGrantEur = 5_000m, maxGrantEur = 100_000m, budgetEur = 10_000_000m,
        opensAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("o", CultureInfo.InvariantCulture),
        deadlineAt = deadline.ToString("o", CultureInfo.InvariantCulture),
        criteria = new[] { new { code = "quality", nameIt = "Qualità", nameEn = "Quality", weight = 100m, maxScore = 10m, threshold = 0m } },
        passThreshold = 0m,
    }, CancellationToken.None);
    draft.EnsureSuccessStatusCode();
    var id = JsonDocument.Parse(await draft.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    (await SendAsync(HttpMethod.Post, $"/api/funding/calls/{id}/publish", officer, null, CancellationToken.None)).EnsureSuccessStatusCode();
    return id;
}

async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body, CancellationToken ct)
{
    var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return await http.SendAsync(request, ct);
}

static LoadResult Summarise(int multiplier, double rate, DateTimeOffset deadline, List<Sample> samples)
{
    var accepted = samples.Where(s => s.Status == 200).ToList();
    var late = samples.Where(s => s.Status == 422 && s.Problem == "urn:piedmont:problem:deadline-passed").ToList();
    var serverErrors = samples.Count(s => s.Status >= 500);
    var other = samples.Count - accepted.Count - late.Count - serverErrors;
    // The server's timestamp decides; the client's clock (same machine) double-checks the clear cases.
    var violations = accepted.Count(s => s.ServerTime > deadline || s.SentAt > deadline)
        + late.Count(s => s.ServerTime is null || s.ServerTime <= deadline || s.AnsweredAt < deadline);
    var beforeDeadline = samples.Where(s => s.SentAt <= deadline).ToList();
    var span = beforeDeadline.Count == 0 ? 1 : Math.Max(1, (beforeDeadline.Max(s => s.SentAt) - beforeDeadline.Min(s => s.SentAt)).TotalSeconds);
    var latencies = samples.Where(s => s.Status < 500).Select(s => s.LatencyMs).Order().ToList();
    return new LoadResult(multiplier, rate, accepted.Count, late.Count, serverErrors, other, accepted.Count / span,
        Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99), violations);
}

static double Percentile(List<double> sorted, double p) =>
    sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

internal sealed record Sample(DateTimeOffset SentAt, DateTimeOffset AnsweredAt, double LatencyMs, int Status, string? Problem, DateTimeOffset? ServerTime);

internal sealed record LoadResult(int Multiplier, double Rate, int Accepted, int Late, int ServerErrors, int Other, double AcceptedPerSecond, double P50, double P95, double P99, int Violations);
