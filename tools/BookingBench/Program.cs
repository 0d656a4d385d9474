using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.ServiceDefaults.Security;

// dotnet PiedmontSystem.BookingBench.dll <gateway-url> [clients] [buyers]
//
// Through the gateway: registers `clients` start-ups in the registry (200 by default), sets up an
// opt-out, self-booking Meet the corporates session with `buyers` buyers (10), registers every
// start-up and sends one request each (client i asks buyer i mod buyers: 20 clients per buyer).
// Then, slot after slot, every client not booked yet tries at the same instant to book the same
// slot: one per buyer can win it, the others must get 409 slot-taken. Prints the bookings
// attempted, succeeded, refused with 409 and anything else, latency, and the double bookings found
// in the session's agenda afterwards (must be 0). Exit code 0 only when the rule held.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: BookingBench <gateway-url> [clients] [buyers]");
    return 2;
}
var baseUrl = new Uri(args[0]);
var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var buyerCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
const string M = "/api/accelerator/matchmaking";

using var gateway = new GatewayClient(baseUrl, clients + 10);
var manager = DevelopmentTokens.Create(Roles.AcceleratorManager, subject: "bench-accelerator-manager");

// 1. The start-ups, as the registry registers them (the accelerator hears of them by its events).
Console.WriteLine($"Registering {clients} start-ups in the registry…");
var startups = await BenchOrganisations.RegisterAsync(gateway, clients, "Booking bench start-up");

// 2. The session: buyers at their own tables, 24 slots of 15 minutes (slot 12 a break), opt-out, self-booking.
var start = DateTimeOffset.UtcNow.AddDays(7);
var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
var local = TimeZoneInfo.ConvertTime(start, rome);
var session = await gateway.CallAsync(HttpMethod.Post, $"{M}/sessions", manager, new
{
    titleIt = "Banco di prova delle prenotazioni", titleEn = "Booking bench", date = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    place = "Torino", startTime = "08:00", slotMinutes = 15, slotCount = 24, breaks = new[] { 12 }, tableCount = buyerCount,
    prioritySystems = Array.Empty<string>(), registrationDeadline = DateTimeOffset.UtcNow.AddDays(1).ToString("o", CultureInfo.InvariantCulture),
    acceptanceMode = "opt-out", schedulingMode = "self-booking",
}, HttpStatusCode.Created);
var sessionId = session.GetProperty("id").GetGuid();
var buyers = new List<Guid>();
for (var b = 0; b < buyerCount; b++)
{
    var buyer = await gateway.CallAsync(HttpMethod.Post, $"{M}/buyers", manager,
        new { name = $"Bench buyer {b:D2} {Guid.NewGuid().ToString("N")[..6]}", kind = b % 3 == 0 ? "public" : "private", country = b % 4 == 0 ? "FR" : "IT", region = b % 4 == 0 ? "Auvergne-Rhône-Alpes" : "Piemonte" },
        HttpStatusCode.Created);
    buyers.Add(buyer.GetProperty("id").GetGuid());
    await gateway.CallAsync(HttpMethod.Post, $"{M}/sessions/{sessionId}/buyers", manager,
        new { buyerId = buyers[^1], challengesIt = "Sfide del banco di prova", challengesEn = "Bench challenges" }, HttpStatusCode.Created);
}
await gateway.CallAsync(HttpMethod.Post, $"{M}/sessions/{sessionId}/publish", manager, null, HttpStatusCode.OK);
var meetingSlots = session.GetProperty("slots").EnumerateArray().Where(s => !s.GetProperty("isBreak").GetBoolean()).Select(s => s.GetProperty("index").GetInt32()).ToList();

// 3. Each start-up registers (retrying while the accelerator has not heard of it yet) and asks its buyer.
Console.WriteLine($"Session {sessionId}: {buyerCount} buyers, {meetingSlots.Count} meeting slots; registering {clients} start-ups and their requests…");
var participants = new ConcurrentBag<(Guid Organisation, string Token, Guid Request, Guid Buyer)>();
await Parallel.ForEachAsync(startups.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (p, ct) =>
{
    var token = DevelopmentTokens.Create(Roles.OrganisationUser, p.id.ToString(), subject: $"bench-startup-{p.i:D3}");
    var watch = Stopwatch.StartNew();
    while (true)
    {
        using var response = await gateway.SendAsync(HttpMethod.Post, $"{M}/sessions/{sessionId}/registrations", token, new { pitch = "Bench start-up" }, ct);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            break;
        }
        if (watch.Elapsed > TimeSpan.FromSeconds(60))
        {
            throw new InvalidOperationException($"Start-up {p.id} could not register: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
        await Task.Delay(250, ct);   // the registry's event has not reached the accelerator yet
    }
    var buyer = buyers[p.i % buyers.Count];
    var request = await gateway.CallAsync(HttpMethod.Post, $"{M}/sessions/{sessionId}/requests", token, new { buyerId = buyer, message = "Bench request" }, HttpStatusCode.Created, ct);
    participants.Add((p.id, token, request.GetProperty("id").GetGuid(), buyer));
});

// 4. Slot after slot, every client not booked yet books the same slot at the same instant.
Console.WriteLine($"Booking: {clients} concurrent clients, {clients / buyerCount} per buyer, slot after slot…");
var samples = new ConcurrentBag<Sample>();
var waiting = participants.ToList();
foreach (var slot in meetingSlots)
{
    if (waiting.Count == 0)
    {
        break;
    }
    var round = await SameInstant.RunAsync(waiting, async p =>
    {
        var watch = Stopwatch.StartNew();
        using var response = await gateway.SendAsync(HttpMethod.Post, $"{M}/requests/{p.Request}/booking", p.Token, new { slot });
        var problem = GatewayClient.ProblemType(await response.Content.ReadAsStringAsync());
        var sample = new Sample(p.Request, slot, (int)response.StatusCode, problem, watch.Elapsed.TotalMilliseconds);
        samples.Add(sample);
        return sample;
    });
    var booked = round.Where(s => s.Status == 201).Select(s => s.Request).ToHashSet();
    waiting = waiting.Where(p => !booked.Contains(p.Request)).ToList();
}

// 5. What the agenda holds: no organisation, buyer or table twice in a slot.
var meetings = await gateway.ReadAllAsync($"{M}/sessions/{sessionId}/agenda", manager);
int Doubles(Func<JsonElement, string> key) => meetings.GroupBy(key).Count(g => g.Count() > 1);
var doubleBookings = Doubles(m => $"{m.GetProperty("participant").GetProperty("organisationId")}/{m.GetProperty("slot")}")
    + Doubles(m => $"{m.GetProperty("buyer").GetProperty("buyerId")}/{m.GetProperty("slot")}")
    + Doubles(m => $"{m.GetProperty("table")}/{m.GetProperty("slot")}");

var all = samples.ToList();
var succeeded = all.Count(s => s.Status == 201);
var slotTaken = all.Count(s => s.Status == 409 && s.Problem == "urn:piedmont:problem:slot-taken");
var otherConflicts = all.Count(s => s.Status == 409) - slotTaken;
var serverErrors = all.Count(s => s.Status >= 500);
var other = all.Count - succeeded - slotTaken - otherConflicts - serverErrors;
var latencies = all.Where(s => s.Status < 500).Select(s => s.LatencyMs).Order().ToList();
Console.WriteLine();
Console.WriteLine("Meet the corporates: concurrent bookings of the same slots (through the gateway)");
Console.WriteLine($"{"clients",8} {"attempted",10} {"succeeded",10} {"409 slot-taken",15} {"409 other",10} {"5xx",5} {"other",6} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"meetings",9} {"double bookings",16}");
Console.WriteLine($"{clients,8} {all.Count,10} {succeeded,10} {slotTaken,15} {otherConflicts,10} {serverErrors,5} {other,6} {Percentiles.Of(latencies, 0.50),8:0.0} {Percentiles.Of(latencies, 0.95),8:0.0} {Percentiles.Of(latencies, 0.99),8:0.0} {meetings.Count,9} {doubleBookings,16}");
var held = doubleBookings == 0 && serverErrors == 0 && other == 0 && otherConflicts == 0 && succeeded == meetings.Count;
Console.WriteLine(held
    ? $"No double booking: every slot went to one start-up per buyer and table; the {slotTaken} others were told slot-taken."
    : "BOOKING RULE BROKEN OR ERRORS: see the counts above.");
return held ? 0 : 1;

internal sealed record Sample(Guid Request, int Slot, int Status, string? Problem, double LatencyMs);
