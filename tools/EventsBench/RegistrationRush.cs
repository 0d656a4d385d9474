using System.Diagnostics;
using System.Net;
using System.Text.Json;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.EventsBench;

/// <summary>
/// Part 1: every organisation's client registers for the same event at the same instant. Capacity
/// must hold (exactly the places confirmed, the rest wait-listed, nothing else) and the wait list must
/// be in arrival order: positions 1..n, no gap or duplicate, in the order of the server's
/// registration timestamps (<c>registeredAt</c>, the instant the registration took its place under the event's lock), with
/// no confirmed registration arriving after a waiting one.
/// </summary>
internal sealed class RegistrationRush(GatewayClient gateway, string officer)
{
    public sealed record Outcome(bool Held, Guid EventId);

    private sealed record Answer(int Status, string? RegistrationStatus, int? Position, Guid? RegistrationId, string? Problem, long SentAt, long AnsweredAt)
    {
        public double LatencyMs => Stopwatch.GetElapsedTime(SentAt, AnsweredAt).TotalMilliseconds;
    }

    public async Task<Outcome> RunAsync(IReadOnlyList<Guid> organisations, int places)
    {
        var e = await BenchEvents.PublishAsync(gateway, officer, "trade-mission", "Events bench: trade mission to Osaka", "JP", "Osaka", "Asia/Tokyo",
            inDays: 30, durationDays: 3, endsAt: "18:00", capacity: places);
        var eventId = e.GetProperty("id").GetGuid();
        var path = $"/api/internationalisation/events/{eventId}";
        Console.WriteLine($"Event {eventId}: {places} places; {organisations.Count} clients open its page, then register at the same instant…");

        var clients = organisations.Select((id, i) => DevelopmentTokens.Create(Roles.OrganisationUser, id.ToString(), subject: $"bench-client-{i:D3}")).ToList();
        var answers = await SameInstant.RunAsync(clients,
            act: async token =>
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await gateway.SendAsync(HttpMethod.Post, $"{path}/registrations", token, null);
                var body = await response.Content.ReadAsStringAsync();
                var answered = Stopwatch.GetTimestamp();
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    return new Answer((int)response.StatusCode, null, null, null, GatewayClient.ProblemType(body), sent, answered);
                }
                var registration = JsonDocument.Parse(body).RootElement;
                return new Answer(201, registration.GetProperty("status").GetString(), Position(registration), registration.GetProperty("id").GetGuid(), null, sent, answered);
            },
            getReady: async token =>
            {
                using var page = await gateway.SendAsync(HttpMethod.Get, path, token, null);
                await GatewayClient.ReadAsync(page, HttpStatusCode.OK);
            });
        var span = Stopwatch.GetElapsedTime(answers.Min(a => a.SentAt), answers.Max(a => a.AnsweredAt));

        var confirmed = answers.Count(a => a.RegistrationStatus == "confirmed");
        var waitListed = answers.Count(a => a.RegistrationStatus == "wait-listed");
        var other = answers.Length - confirmed - waitListed;
        var latencies = answers.Select(a => a.LatencyMs).Order().ToList();
        var expectedWaiting = Math.Max(0, organisations.Count - places);

        // The registrations as the service holds them, read by a CEIP officer.
        var registrations = await gateway.ReadAllAsync($"{path}/registrations", officer);
        var waiting = registrations.Where(r => r.GetProperty("status").GetString() == "wait-listed")
            .Select(r => (Id: r.GetProperty("id").GetGuid(), Position: Position(r) ?? 0, RegisteredAt: r.GetProperty("registeredAt").GetDateTimeOffset()))
            .OrderBy(r => r.Position).ToList();
        var positions = waiting.Select(w => w.Position).ToList();
        var duplicates = positions.Count - positions.Distinct().Count();
        var gaps = Enumerable.Range(1, positions.Count).Except(positions).Count();
        var outOfOrder = waiting.Zip(waiting.Skip(1)).Count(p => p.Second.RegisteredAt < p.First.RegisteredAt);
        var firstWaiting = waiting.Count == 0 ? DateTimeOffset.MaxValue : waiting.Min(w => w.RegisteredAt);
        var confirmedAt = registrations.Where(r => r.GetProperty("status").GetString() == "confirmed").Select(r => r.GetProperty("registeredAt").GetDateTimeOffset()).ToList();
        var confirmedAfterWaiting = confirmedAt.Count(at => at > firstWaiting);
        var heldConfirmed = confirmedAt.Count;
        // How far apart the order of places and the order of receipt go: the most a registration was
        // received before one that was given a place (or a better position) ahead of it.
        var lastConfirmed = confirmedAt.DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        var latestAhead = lastConfirmed;
        var largestInversion = TimeSpan.Zero;
        foreach (var w in waiting)
        {
            largestInversion = latestAhead - w.RegisteredAt > largestInversion ? latestAhead - w.RegisteredAt : largestInversion;
            latestAhead = w.RegisteredAt > latestAhead ? w.RegisteredAt : latestAhead;
        }
        var answeredPositions = answers.Where(a => a.Position is not null).ToDictionary(a => a.RegistrationId!.Value, a => a.Position);
        var disagreeing = waiting.Count(w => answeredPositions.GetValueOrDefault(w.Id) != w.Position);

        Console.WriteLine();
        Console.WriteLine("International event: registration rush (through the gateway; latency of the answers in ms)");
        Console.WriteLine($"{"clients",8} {"places",7} {"confirmed",10} {"wait-listed",12} {"other",6} {"p50",8} {"p99",8} {"max",8} {"all answered in",16} {"registrations/s",16}");
        Console.WriteLine($"{organisations.Count,8} {places,7} {confirmed,10} {waitListed,12} {other,6} {Percentiles.Of(latencies, 0.50),8:0.0} {Percentiles.Of(latencies, 0.99),8:0.0} {latencies[^1],8:0.0} {span.TotalMilliseconds,13:0} ms {answers.Length / span.TotalSeconds,16:0.0}");
        foreach (var kind in answers.Where(a => a.RegistrationStatus is null).GroupBy(a => $"{a.Status} {a.Problem}"))
        {
            Console.WriteLine($"  other answers: {kind.Count()} × {kind.Key}");
        }
        Console.WriteLine($"The service holds {registrations.Count} registrations, {heldConfirmed} confirmed and {waiting.Count} waiting: wait list positions "
            + $"{(positions.Count == 0 ? "none" : $"{positions[0]}..{positions[^1]}")}, {gaps} gaps, {duplicates} duplicates, {disagreeing} differing from the answers; "
            + $"{outOfOrder} out of order against registeredAt (the instant each took its place); {confirmedAfterWaiting} confirmed registered after the first waiting; "
            + $"largest inversion {largestInversion.TotalMilliseconds:0.0} ms.");
        var capacityHeld = confirmed == Math.Min(places, organisations.Count) && waitListed == expectedWaiting && other == 0 && heldConfirmed == confirmed && waiting.Count == expectedWaiting;
        var inArrivalOrder = gaps == 0 && duplicates == 0 && disagreeing == 0 && outOfOrder == 0 && confirmedAfterWaiting == 0;
        Console.WriteLine(capacityHeld
            ? $"Capacity held: {confirmed} confirmed, {waitListed} wait-listed, no other answer."
            : "CAPACITY BROKEN OR ERRORS: see the counts above.");
        Console.WriteLine(inArrivalOrder
            ? $"Wait list in arrival order: positions 1..{waiting.Count} in the order of the server's registration timestamps."
            : "WAIT LIST NOT IN ARRIVAL ORDER: positions and places do not follow the server's registration timestamps (see above).");
        return new Outcome(capacityHeld && inArrivalOrder, eventId);
    }

    private static int? Position(JsonElement registration) =>
        registration.GetProperty("waitListPosition") is { ValueKind: JsonValueKind.Number } position ? position.GetInt32() : null;
}
