using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Matchmaking;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Infrastructure.DemoData;

/// <summary>
/// A synthetic Meet the corporates history, at the seed's scale, every name ending in "(demo)": 40
/// buyers (25 from Piedmont, 10 from other Italian regions, 5 from abroad), a session held two months
/// ago (150 participants, meetings placed by the scheduler, outcomes and supply contracts) and one a
/// month ahead (150 registered participants, accepted and pending requests, some slots booked).
/// Participants are drawn from <c>organisationIds</c> (the registry's demo organisations, up to 300).
/// Loaded once: a second call finds the demo sessions and does nothing. Nothing is announced.
/// </summary>
public static class MatchmakingDemoData
{
    public const string Actor = "system:demo-data";
    private const int BuyersPerSession = 25;
    private const int SlotCount = 16;
    private const int Break = 7;

    public static async Task LoadAsync(AcceleratorDbContext db, IReadOnlyList<Guid> organisationIds, DateTimeOffset now, CancellationToken ct)
    {
        if (organisationIds.Count < 2 || await db.MatchmakingSessions.AnyAsync(s => s.Title.En.EndsWith("(demo)"), ct))
        {
            return;
        }
        var random = new Random(2026);
        var buyers = Enumerable.Range(0, 40).Select(i => Buyer.Create(BuyerProfile(i), now.AddDays(-150))).ToList();
        db.Buyers.AddRange(buyers);

        var ids = organisationIds.Distinct().Take(300).ToList();
        var known = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.OrganisationId)).ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, ct);
        string NameOf(Guid id, int i) => known.TryGetValue(id, out var name) ? name : $"Demo participant {i + 1:D3} (demo)";
        var half = ids.Count / 2;

        PastSession(db, buyers.Take(BuyersPerSession).ToList(), ids.Take(half).Select((id, i) => (id, NameOf(id, i))).ToList(), random, now);
        UpcomingSession(db, buyers.Skip(15).Take(BuyersPerSession).ToList(), ids.Skip(half).Select((id, i) => (id, NameOf(id, half + i))).ToList(), now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Held two months ago: opt-out, scheduled by the organiser's scheduler, closed, with outcomes.</summary>
    private static void PastSession(AcceleratorDbContext db, List<Buyer> buyers, List<(Guid Id, string Name)> participants, Random random, DateTimeOffset now)
    {
        var date = RomeDate(now.AddDays(-60));
        var terms = Terms("primavera", "spring", date, now.AddDays(-70), AcceptanceMode.OptOut, SchedulingMode.Scheduler);
        var opened = now.AddDays(-100);
        var session = MatchmakingSession.Draft(terms, opened);
        var sessionBuyers = buyers.Select((b, i) => SessionBuyer.Join(session, b.Id, Challenges(i), i + 1, null, opened)).ToList();
        session.Publish(sessionBuyers.Count, opened);
        var registrations = participants.Select(p => Registration.Register(session, p.Id, p.Name, Pitch, null, opened.AddDays(1))).ToList();
        var requests = registrations.SelectMany((r, p) => Enumerable.Range(0, 3).Select(k =>
                MeetingRequest.Send(session, r, sessionBuyers[((p * 7) + (k * 11)) % sessionBuyers.Count], k == 2 ? Side.Buyer : Side.Participant, Message, Actor, opened.AddDays(2))))
            .ToList();

        var input = new AgendaInput(session, registrations, sessionBuyers, requests, []);
        var problem = AgendaPlanning.Problem(input);
        var plan = AgendaPlanning.Read(input, problem, MeetingScheduler.Schedule(problem));
        var scheduledAt = session.RegistrationDeadline.AddHours(2);
        var meetings = plan.Placements.Select(p => Meeting.Place(p.Request, p.Slot, p.Table, Actor, scheduledAt)).ToList();
        session.PublishFinalAgenda(session.RegistrationDeadline.AddDays(2));
        meetings.ForEach(m => m.Confirm());
        session.Close(session.EndsAt.AddHours(1));

        var outcomes = new List<MeetingOutcome>();
        var recordedAt = session.EndsAt.AddDays(7);
        foreach (var meeting in meetings)
        {
            var roll = random.NextDouble();
            if (roll < 0.15)
            {
                continue;   // nobody said
            }
            if (roll < 0.23)
            {
                var value = random.Next(30, 800) * 500m;   // 15,000 to 400,000 EUR
                outcomes.Add(MeetingOutcome.Record(session, meeting, Side.Participant, OutcomeResult.SupplyContractSigned, value, "Supply contract (demo)", Actor, recordedAt));
                outcomes.Add(MeetingOutcome.Record(session, meeting, Side.Buyer, OutcomeResult.SupplyContractSigned, value, null, Actor, recordedAt.AddDays(2)));
                continue;
            }
            var result = roll < 0.58 ? OutcomeResult.NoInterest : roll < 0.88 ? OutcomeResult.FollowUp : OutcomeResult.Pilot;
            outcomes.Add(MeetingOutcome.Record(session, meeting, Side.Participant, result, null, null, Actor, recordedAt));
        }

        db.MatchmakingSessions.Add(session);
        db.SessionBuyers.AddRange(sessionBuyers);
        db.SessionRegistrations.AddRange(registrations);
        db.MeetingRequests.AddRange(requests);
        db.Meetings.AddRange(meetings);
        db.MeetingOutcomes.AddRange(outcomes);
    }

    /// <summary>A month ahead, registration open: opt-in, self-booking; one request each accepted, one pending; some slots booked.</summary>
    private static void UpcomingSession(AcceleratorDbContext db, List<Buyer> buyers, List<(Guid Id, string Name)> participants, DateTimeOffset now)
    {
        var date = RomeDate(now.AddDays(30));
        var terms = Terms("autunno", "autumn", date, now.AddDays(20), AcceptanceMode.OptIn, SchedulingMode.SelfBooking);
        var opened = now.AddDays(-5);
        var session = MatchmakingSession.Draft(terms, opened);
        var sessionBuyers = buyers.Select((b, i) => SessionBuyer.Join(session, b.Id, Challenges(i + 15), i + 1, null, opened)).ToList();
        session.Publish(sessionBuyers.Count, opened);
        var registrations = participants.Select(p => Registration.Register(session, p.Id, p.Name, Pitch, null, opened.AddDays(1))).ToList();

        var requests = new List<MeetingRequest>();
        var meetings = new List<Meeting>();
        var busy = new HashSet<(Guid, int)>();
        foreach (var (registration, p) in registrations.Select((r, p) => (r, p)))
        {
            var accepted = MeetingRequest.Send(session, registration, sessionBuyers[(p * 5) % sessionBuyers.Count], Side.Participant, Message, Actor, opened.AddDays(2));
            accepted.Accept(session, Side.Buyer, Actor, opened.AddDays(3));
            var pending = MeetingRequest.Send(session, registration, sessionBuyers[((p * 5) + 12) % sessionBuyers.Count], Side.Participant, Message, Actor, opened.AddDays(2));
            requests.AddRange([accepted, pending]);
            if (p % 2 == 0)
            {
                var buyer = sessionBuyers.Single(b => b.BuyerId == accepted.BuyerId);
                var slot = session.MeetingSlots.FirstOrDefault(s => !busy.Contains((buyer.BuyerId, s)), -1);
                if (slot >= 0)
                {
                    busy.Add((buyer.BuyerId, slot));
                    meetings.Add(Meeting.Book(session, accepted, registration, buyer, slot, Actor, opened.AddDays(4)));
                }
            }
        }

        db.MatchmakingSessions.Add(session);
        db.SessionBuyers.AddRange(sessionBuyers);
        db.SessionRegistrations.AddRange(registrations);
        db.MeetingRequests.AddRange(requests);
        db.Meetings.AddRange(meetings);
    }

    private static SessionTerms Terms(string seasonIt, string seasonEn, DateOnly date, DateTimeOffset deadline, AcceptanceMode acceptance, SchedulingMode scheduling) => new(
        new LocalizedText($"Incontra le imprese {date.Year}, {seasonIt} (demo)", $"Meet the corporates {date.Year}, {seasonEn} (demo)"),
        new LocalizedText("Incontri tra start-up innovative, PMI ad alto potenziale e grandi buyer (dati sintetici).",
            "Meetings between innovative start-ups, high-growth SMEs and large buyers (synthetic data)."),
        date, "Torino, Environment Park (demo)", new TimeOnly(9, 30), 20, SlotCount, [Break], BuyersPerSession, [], deadline, acceptance, scheduling);

    private static DateOnly RomeDate(DateTimeOffset instant) => DateOnly.FromDateTime(RomeInstants.Show(instant).DateTime);

    private static readonly string[] Sectors = ["Automotive", "Aerospace", "Food", "Energy", "Health", "Rail", "Textile", "Chemicals"];

    private static readonly (string Country, string Region)[] Elsewhere =
    [
        ("IT", "Lombardia"), ("IT", "Liguria"), ("IT", "Emilia-Romagna"), ("IT", "Veneto"), ("IT", "Lazio"),
        ("FR", "Auvergne-Rhône-Alpes"), ("DE", "Bayern"), ("CH", "Ticino"), ("ES", "Cataluña"), ("AT", "Tirol"),
    ];

    /// <summary>Buyers 0-24 from Piedmont, 25-34 from other Italian regions, 35-39 from abroad; every fifth a public buyer.</summary>
    private static BuyerProfile BuyerProfile(int i)
    {
        // Fifteen of the forty buyers come from outside Piedmont, spread over both sessions (the seed counts them).
        static bool FromOutside(int j) => j % 8 is 3 or 6 or 7;
        var (country, region) = FromOutside(i) ? Elsewhere[Enumerable.Range(0, i).Count(FromOutside) % Elsewhere.Length] : ("IT", "Piemonte");
        var kind = i % 5 == 0 ? BuyerKind.Public : BuyerKind.Private;
        var name = kind == BuyerKind.Public ? $"{Sectors[i % Sectors.Length]} public buyer {i + 1:D2} (demo)" : $"{Sectors[i % Sectors.Length]} Group {i + 1:D2} (demo)";
        return new BuyerProfile(name, kind, country, region, null, null);
    }

    private static LocalizedText Challenges(int i) => new(
        $"Fornitori innovativi per il settore {Sectors[i % Sectors.Length]} (demo)", $"Innovative suppliers for {Sectors[i % Sectors.Length]} (demo)");

    private const string Pitch = "Synthetic participant of the demo data.";

    private const string Message = "We would like to meet you (demo).";
}
