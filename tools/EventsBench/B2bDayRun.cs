using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.EventsBench;

/// <summary>
/// Part 2: a B2B day in Munich. Registered organisations register for it (capacity: exactly them)
/// and CEIP officers add the foreign guests; every participant asks 6 to 8 others (guests ask
/// organisations, as they come to meet Piedmont's firms; a guest's CEIP host asks and answers for
/// it), the asked side accepts about 85% and declines the rest, then a CEIP officer runs the
/// scheduler. Every participant's agenda is read back: no participant and no table may be in two
/// meetings of a slot, both sides must see the same meeting, and the agendas must hold what the
/// scheduler said it placed.
/// </summary>
internal sealed class B2bDayRun(GatewayClient gateway, string officer, int seed)
{
    private const int SlotMinutes = 20;
    private const int SlotCount = 24; // 09:00-17:00
    private static readonly int[] Breaks = [6, 12, 13]; // coffee at 11:00, lunch 13:00-13:40
    private const double AcceptShare = 0.85;

    public sealed record Outcome(bool Held, Guid EventId);

    /// <summary>A participant: its id on the day, and the token of who acts for it (its organisation's user, or a guest's CEIP host).</summary>
    private sealed record Participant(Guid Id, string Token, bool IsGuest);

    private sealed record Ask(Participant From, Participant To, bool Accept);

    private sealed record Placed(Guid RequestId, int Slot, int Table, Guid Participant, Guid With);

    public async Task<Outcome> RunAsync(IReadOnlyList<Guid> organisations, int guestCount)
    {
        var tableCount = (int)Math.Ceiling((organisations.Count + guestCount) * 0.3);
        var e = await BenchEvents.PublishAsync(gateway, officer, "b2b-day", "Events bench: B2B day in Munich", "DE", "München", "Europe/Berlin",
            inDays: 40, durationDays: 1, endsAt: "18:00", capacity: organisations.Count);
        var eventId = e.GetProperty("id").GetGuid();
        var path = $"/api/internationalisation/events/{eventId}";
        await gateway.CallAsync(HttpMethod.Put, $"{path}/b2b-day", officer,
            new { slotMinutes = SlotMinutes, slotCount = SlotCount, breaks = Breaks, tableCount }, HttpStatusCode.OK);
        var meetingSlots = SlotCount - Breaks.Length;
        Console.WriteLine($"B2B day {eventId}: {organisations.Count} organisations register, {guestCount} guests are added; {meetingSlots} meeting slots of {SlotMinutes} min, {tableCount} tables…");

        var participants = new List<Participant>();
        participants.AddRange(await RegisterAsync(path, organisations));
        participants.AddRange(await AddGuestsAsync(path, guestCount));

        var asks = Plan(participants);
        var requests = await SendAsync(path, asks);
        await AnswerAsync(requests);
        var accepted = asks.Count(a => a.Accept);

        var wall = Stopwatch.StartNew();
        var schedule = await gateway.CallAsync(HttpMethod.Post, $"{path}/b2b-schedule", officer, null, HttpStatusCode.OK);
        wall.Stop();
        var requested = schedule.GetProperty("requested").GetInt32();
        var placed = schedule.GetProperty("placed").GetInt32();
        var upperBound = schedule.GetProperty("upperBound").GetInt32();
        var serverMs = schedule.GetProperty("milliseconds").GetInt64();

        var agendas = await ReadAgendasAsync(path, participants);
        var participantDoubles = agendas.GroupBy(m => (m.Participant, m.Slot)).Count(g => g.Count() > 1);
        var meetings = agendas.GroupBy(m => m.RequestId).ToList();
        var oneSided = meetings.Count(g => g.Count() != 2 || g.First().With != g.Last().Participant || g.Select(m => (m.Slot, m.Table)).Distinct().Count() != 1);
        var tableDoubles = meetings.Select(g => g.First()).GroupBy(m => (m.Slot, m.Table)).Count(g => g.Count() > 1);
        var offGrid = meetings.Select(g => g.First()).Count(m => Breaks.Contains(m.Slot) || m.Slot < 0 || m.Slot >= SlotCount || m.Table < 0 || m.Table >= tableCount);
        var perParticipant = agendas.GroupBy(m => m.Participant).Select(g => g.Count()).ToList();

        Console.WriteLine();
        Console.WriteLine($"B2B day: {participants.Count} participants ({organisations.Count} organisations, {guestCount} guests), {meetingSlots} meeting slots × {tableCount} tables (through the gateway)");
        Console.WriteLine($"{"asked",6} {"accepted",9} {"declined",9} {"requested",10} {"placed",7} {"upper bound",12} {"placed/requested",17} {"placed/bound",13} {"server ms",10} {"wall ms",8}");
        Console.WriteLine($"{asks.Count,6} {accepted,9} {asks.Count - accepted,9} {requested,10} {placed,7} {upperBound,12} {Ratio(placed, requested),17:0.000} {Ratio(placed, upperBound),13:0.000} {serverMs,10} {wall.Elapsed.TotalMilliseconds,8:0}");
        Console.WriteLine($"Agendas read back: {meetings.Count} meetings, {perParticipant.DefaultIfEmpty().Average():0.0} per participant (most {perParticipant.DefaultIfEmpty().Max()}); "
            + $"participants twice in a slot: {participantDoubles}; tables twice in a slot: {tableDoubles}; off the grid: {offGrid}; not the same on both sides: {oneSided}.");
        var held = participantDoubles == 0 && tableDoubles == 0 && offGrid == 0 && oneSided == 0 && meetings.Count == placed
            && requested == accepted && placed <= upperBound && upperBound <= requested;
        Console.WriteLine(held
            ? $"No double booking: {placed} of {requested} accepted requests placed ({Ratio(placed, upperBound):P1} of what any schedule could place)."
            : "B2B DAY RULE BROKEN: see the counts above.");
        return new Outcome(held, eventId);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;

    /// <summary>Each organisation registers itself; its confirmed registration is its participant id.</summary>
    private async Task<IEnumerable<Participant>> RegisterAsync(string path, IReadOnlyList<Guid> organisations)
    {
        var registered = new Participant[organisations.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, organisations.Count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var token = DevelopmentTokens.Create(Roles.OrganisationUser, organisations[i].ToString(), subject: $"bench-b2b-{i:D3}");
            var registration = await gateway.CallAsync(HttpMethod.Post, $"{path}/registrations", token, null, HttpStatusCode.Created, ct);
            if (registration.GetProperty("status").GetString() != "confirmed")
            {
                throw new InvalidOperationException($"Organisation {organisations[i]} was not confirmed on the B2B day: {registration}");
            }
            registered[i] = new Participant(registration.GetProperty("id").GetGuid(), token, IsGuest: false);
        });
        return registered;
    }

    private async Task<IEnumerable<Participant>> AddGuestsAsync(string path, int count)
    {
        string[] names = ["Anna Schmidt", "Lukas Weber", "Claire Martin", "Hiroshi Tanaka", "Emily Clark", "Jan Novák", "Sofia García", "Pieter de Vries", "Marta Kowalska", "Lars Nilsson"];
        (string Country, string Firm)[] firms = [("DE", "Bayern Automotive GmbH"), ("AT", "Steiermark Mobility AG"), ("FR", "Lyon Matériaux SAS"), ("JP", "Kansai Robotics K.K."),
            ("US", "Midwest Components Inc."), ("CZ", "Brno Strojírny a.s."), ("ES", "Valencia Logística S.L."), ("NL", "Eindhoven Photonics B.V."), ("PL", "Kraków Energia Sp. z o.o."), ("SE", "Göteborg Fordon AB")];
        var guests = new List<Participant>();
        for (var g = 0; g < count; g++)
        {
            var (country, firm) = firms[(g + g / names.Length) % firms.Length];
            var guest = await gateway.CallAsync(HttpMethod.Post, $"{path}/guests", officer,
                new { name = names[g % names.Length], country, organisation = firm }, HttpStatusCode.Created);
            // The guest's host at CEIP asks and answers for it (the gateway limits requests per user).
            guests.Add(new Participant(guest.GetProperty("id").GetGuid(), DevelopmentTokens.Create(Roles.CeipOfficer, subject: $"bench-ceip-host-{g:D2}"), IsGuest: true));
        }
        return guests;
    }

    /// <summary>Who asks whom, seeded: each participant 6 to 8 others it has no request with yet (guests ask organisations), and the answer each will get.</summary>
    private List<Ask> Plan(List<Participant> participants)
    {
        var random = new Random(seed);
        var paired = new HashSet<(Guid, Guid)>();
        var asks = new List<Ask>();
        foreach (var from in participants)
        {
            var candidates = participants.Where(to => to != from && !(from.IsGuest && to.IsGuest) && !paired.Contains((from.Id, to.Id))).ToArray();
            random.Shuffle(candidates);
            foreach (var to in candidates.Take(random.Next(6, 9)))
            {
                paired.Add((from.Id, to.Id));
                paired.Add((to.Id, from.Id));
                asks.Add(new Ask(from, to, random.NextDouble() < AcceptShare));
            }
        }
        return asks;
    }

    private async Task<List<(Ask Ask, Guid Request)>> SendAsync(string path, List<Ask> asks)
    {
        var sent = new ConcurrentBag<(Ask, Guid)>();
        await Parallel.ForEachAsync(asks.GroupBy(a => a.From), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (byAsker, ct) =>
        {
            foreach (var ask in byAsker)
            {
                object body = ask.From.IsGuest ? new { fromParticipantId = ask.From.Id, toParticipantId = ask.To.Id } : new { toParticipantId = ask.To.Id };
                var request = await gateway.CallAsync(HttpMethod.Post, $"{path}/b2b-requests", ask.From.Token, body, HttpStatusCode.Created, ct);
                sent.Add((ask, request.GetProperty("id").GetGuid()));
            }
        });
        return [.. sent];
    }

    private async Task AnswerAsync(List<(Ask Ask, Guid Request)> requests) =>
        await Parallel.ForEachAsync(requests.GroupBy(r => r.Ask.To), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (byAsked, ct) =>
        {
            foreach (var (ask, request) in byAsked)
            {
                await gateway.CallAsync(HttpMethod.Post, $"/api/internationalisation/b2b-requests/{request}/{(ask.Accept ? "accept" : "decline")}", ask.To.Token, null, HttpStatusCode.OK, ct);
            }
        });

    /// <summary>Every participant's agenda, read by who acts for it.</summary>
    private async Task<List<Placed>> ReadAgendasAsync(string path, List<Participant> participants)
    {
        var meetings = new ConcurrentBag<Placed>();
        await Parallel.ForEachAsync(participants, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (p, ct) =>
        {
            var agenda = await gateway.CallAsync(HttpMethod.Get, $"{path}/agendas/{p.Id}", p.Token, null, HttpStatusCode.OK, ct);
            foreach (var m in agenda.GetProperty("meetings").EnumerateArray())
            {
                meetings.Add(new Placed(m.GetProperty("requestId").GetGuid(), m.GetProperty("slot").GetInt32(), m.GetProperty("table").GetInt32(), p.Id, m.GetProperty("withParticipantId").GetGuid()));
            }
        });
        return [.. meetings];
    }
}
