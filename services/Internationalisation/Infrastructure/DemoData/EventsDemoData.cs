using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Deadlines;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Matchmaking;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Infrastructure.DemoData;

/// <summary>
/// Three synthetic international events, every title and guest ending in "(demo)": a trade mission
/// to Bavaria held four months ago (full, with a wait list and one move-up), a fair in Lyon six weeks
/// ahead still taking registrations, and a B2B day in Nice three weeks ahead with 150 participants —
/// 110 registered organisations and 40 foreign guests — whose cards, meeting requests and final
/// agenda (placed by the shared scheduler) are all there. Nothing is announced.
/// </summary>
public static class EventsDemoData
{
    private const int B2bOrganisations = 110;
    private const int B2bGuests = 40;

    public sealed record Loaded(int Events, int B2bParticipants);

    public static Task<bool> IsLoadedAsync(InternationalisationDbContext db, CancellationToken ct) =>
        db.InternationalEvents.AnyAsync(e => e.Title.En.EndsWith("(demo)"), ct);

    public static async Task<Loaded> LoadAsync(InternationalisationDbContext db, IReadOnlyList<DemoParticipant> organisations, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(1124);
        var pool = organisations.Skip(200).Concat(organisations.Take(200)).ToList(); // not the same firms as the liaison requests' first ones

        // A trade mission held four months ago: 20 places, 23 registrations, one cancellation moved the first waiting up.
        var missionDay = RomeTime.Show(now.AddDays(-120));
        var mission = Published(new EventTerms(InternationalEventKind.TradeMission,
                new LocalizedText("Missione in Baviera: automotive e meccatronica (demo)", "Bavaria mission: automotive and mechatronics (demo)"),
                "DE", "München", "Europe/Berlin", Local("Europe/Berlin", missionDay, 9), Local("Europe/Berlin", missionDay.AddDays(2), 18),
                ["MOBILITY", "MANUFACTURING"], 20, EndOfDay(now.AddDays(-135)), 450m), now.AddDays(-170));
        var missionRegistrations = Register(mission, pool.Take(23), now.AddDays(-165));
        db.InternationalEvents.Add(mission);
        db.EventRegistrations.AddRange(missionRegistrations);
        missionRegistrations[4].Cancel(now.AddDays(-140));
        missionRegistrations.First(r => r.Status == EventRegistrationStatus.WaitListed).MoveUp(now.AddDays(-140));

        // A fair in Lyon six weeks ahead, registrations open for three more weeks: 30 places, 22 taken.
        var fairDay = RomeTime.Show(now.AddDays(42));
        var fair = Published(new EventTerms(InternationalEventKind.Fair,
                new LocalizedText("Pollutec Lione: collettiva Piemonte (demo)", "Pollutec Lyon: Piedmont pavilion (demo)"),
                "FR", "Lyon", "Europe/Paris", Local("Europe/Paris", fairDay, 9), Local("Europe/Paris", fairDay.AddDays(3), 18),
                ["GREEN_TECH"], 30, EndOfDay(now.AddDays(21)), 1200m), now.AddDays(-30));
        db.InternationalEvents.Add(fair);
        db.EventRegistrations.AddRange(Register(fair, pool.Skip(30).Take(22), now.AddDays(-28)));

        // A B2B day in Nice three weeks ahead: registrations closed a week ago, the agenda final.
        var b2bDate = RomeTime.Show(now.AddDays(21));
        var b2b = Published(new EventTerms(InternationalEventKind.B2bDay,
                new LocalizedText("Giornata B2B Alpi-Mediterraneo (demo)", "Alps-Mediterranean B2B day (demo)"),
                "FR", "Nice", "Europe/Paris", Local("Europe/Paris", b2bDate, 9), Local("Europe/Paris", b2bDate, 17),
                ["GREEN_TECH", "MOBILITY", "FOOD", "HEALTH"], B2bOrganisations, EndOfDay(now.AddDays(-7)), null), now.AddDays(-60));
        db.InternationalEvents.Add(b2b);
        var b2bRegistrations = Register(b2b, pool.Skip(60).Take(B2bOrganisations), now.AddDays(-50));
        db.EventRegistrations.AddRange(b2bRegistrations);
        var day = B2bDay.Define(b2b, 20, 21, [10], 45, now.AddDays(-45)); // 09:00-16:00, lunch at 12:20
        db.B2bDays.Add(day);
        var guests = Enumerable.Range(0, B2bGuests).Select(i => B2bGuest.Add(b2b, Guests[i % Guests.Length].Name, Guests[i % Guests.Length].Country,
            $"{Guests[i % Guests.Length].Organisation} {1 + i / Guests.Length} (demo)", now.AddDays(-40))).ToList();
        db.B2bGuests.AddRange(guests);

        var participants = b2bRegistrations.Select(r => r.Id).Concat(guests.Select(g => g.Id)).ToList();
        var unavailable = new Dictionary<Guid, List<int>>();
        foreach (var (id, i) in participants.Select((id, i) => (id, i)))
        {
            var profile = B2bProfile.For(b2b.Id, id);
            var busy = i % 6 == 0 ? new[] { 0, 1 } : i % 9 == 0 ? new[] { 18, 19, 20 } : [];
            profile.Set(day, Offers[i % Offers.Length], Seeks[(i * 5) % Seeks.Length], busy, [], now.AddDays(-20));
            db.B2bProfiles.Add(profile);
            unavailable[id] = profile.UnavailableSlots;
        }

        // Each participant asks five others; 85% accepted, 5% declined, the rest left pending.
        var requests = new List<B2bMeetingRequest>();
        var pairs = new HashSet<(Guid, Guid)>();
        foreach (var from in participants)
        {
            for (var asked = 0; asked < 5;)
            {
                var to = participants[random.Next(participants.Count)];
                if (to == from || !pairs.Add((from, to)) || !pairs.Add((to, from)))
                {
                    continue;
                }
                var request = B2bMeetingRequest.Ask(b2b.Id, from, to, now.AddDays(-30).AddMinutes(requests.Count));
                var roll = random.NextDouble();
                if (roll < 0.85)
                {
                    request.Accept(now.AddDays(-25));
                }
                else if (roll < 0.90)
                {
                    request.Decline(now.AddDays(-25));
                }
                requests.Add(request);
                asked++;
            }
        }
        db.B2bMeetingRequests.AddRange(requests);
        var accepted = requests.Where(r => r.Status == B2bRequestStatus.Accepted).ToList();
        day.Apply(MeetingScheduler.Schedule(day.SchedulingProblem(participants, unavailable, accepted)), accepted, now.AddDays(-6));
        day.MakeFinal(now.AddDays(-5));

        await db.SaveChangesAsync(ct);
        return new Loaded(3, participants.Count);
    }

    private static InternationalEvent Published(EventTerms terms, DateTimeOffset at)
    {
        var e = InternationalEvent.Draft(terms, at);
        e.Publish(at);
        return e;
    }

    /// <summary>Registrations in arrival order, an hour apart, confirmed up to the capacity then wait-listed.</summary>
    private static List<EventRegistration> Register(InternationalEvent e, IEnumerable<DemoParticipant> organisations, DateTimeOffset from)
    {
        var registrations = new List<EventRegistration>();
        foreach (var organisation in organisations)
        {
            var confirmed = registrations.Count(r => r.Status == EventRegistrationStatus.Confirmed);
            var waiting = registrations.Count(r => r.Status == EventRegistrationStatus.WaitListed);
            var at = from.AddHours(registrations.Count);
            registrations.Add(EventRegistration.Register(e, organisation.Id, organisation.Name, confirmed, waiting + 1, at, at));
        }
        return registrations;
    }

    /// <summary>Registration closes at 23:59 in Rome, as CEIP's calls say.</summary>
    private static RomeDeadline EndOfDay(DateTimeOffset day)
    {
        RomeTime.TryInstant(RomeTime.DateOf(day), new TimeOnly(23, 59), out var instant);
        return RomeDeadline.At(instant);
    }

    /// <summary>A wall-clock hour of a Rome calendar day in the event's own zone, as an instant.</summary>
    private static DateTimeOffset Local(string zone, DateTimeOffset romeDay, int hour)
    {
        var local = new DateTime(romeDay.Year, romeDay.Month, romeDay.Day, hour, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(zone).GetUtcOffset(local)).ToUniversalTime();
    }

    private static readonly (string Name, string Country, string Organisation)[] Guests =
    [
        ("Camille Martin (demo)", "FR", "Nice Côte d'Azur Tech SAS"), ("Luc Bernard (demo)", "FR", "Provence Agro SARL"),
        ("Élodie Moreau (demo)", "FR", "Sophia Mobilité SAS"), ("Julien Laurent (demo)", "MC", "Monaco Green Energy SAM"),
        ("Lukas Meier (demo)", "CH", "Ticino Precision SA"), ("Anna Keller (demo)", "CH", "Genève Santé SA"),
        ("Jonas Weber (demo)", "DE", "Weber Antriebe GmbH"), ("Marta García (demo)", "ES", "Barcelona FoodTech SL"),
        ("Sophie Dubois (demo)", "BE", "Wallonie Matériaux SA"), ("Thomas Huber (demo)", "AT", "Tirol Holzbau GmbH"),
    ];

    private static readonly string[] Offers =
    [
        "Componenti meccanici di precisione per e-bike e veicoli leggeri (demo)", "Packaging compostabile per l'agroalimentare (demo)",
        "Sensori IoT per il monitoraggio energetico degli edifici (demo)", "Dispositivi medici monouso in classe I (demo)",
        "Software di tracciabilità per filiere alimentari (demo)", "Materiali compositi riciclati per l'automotive (demo)",
    ];

    private static readonly string[] Seeks =
    [
        "Distributori in Francia e nel Principato di Monaco (demo)", "Partner per un progetto Interreg ALCOTRA (demo)",
        "Acquirenti nella grande distribuzione organizzata (demo)", "Fornitori di celle per batterie (demo)",
        "Ospedali e cliniche per sperimentazioni (demo)", "Integratori di sistemi per l'edilizia (demo)", "Investitori industriali (demo)",
    ];
}
