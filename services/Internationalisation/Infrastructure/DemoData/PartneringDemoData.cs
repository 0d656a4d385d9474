using PiedmontSystem.Deadlines;
using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Infrastructure.DemoData;

/// <summary>
/// Forty synthetic partnering profiles of the registry's demo organisations, every title ending in
/// "(demo)", published over the last ten months with their EEN-style references (a few already
/// expired, a few withdrawn), four waiting for CEIP's validation and two returned for changes; and
/// expressions of interest from other demo organisations, some accepted (contacts exchanged) or
/// declined. Nothing is announced.
/// </summary>
public static class PartneringDemoData
{
    private const int Profiles = 40;

    private static readonly (ProfileDirection Direction, ProfileKind Kind, string It, string En, string Spi, string Nace)[] Topics =
    [
        (ProfileDirection.Offer, ProfileKind.Technology, "Fibra di carbonio riciclata per telai", "Recycled carbon fibre for frames", "GREEN_TECH", "20.60"),
        (ProfileDirection.Request, ProfileKind.Business, "Distributori di macchine per il packaging", "Distributors of packaging machinery", "MANUFACTURING", "28.29"),
        (ProfileDirection.Offer, ProfileKind.Research, "Partner per Horizon Europe sulle batterie allo stato solido", "Horizon Europe partner on solid-state batteries", "MOBILITY", "27.20"),
        (ProfileDirection.Request, ProfileKind.Technology, "Licenza per sensori di qualità dell'aria", "Licence for air-quality sensors", "GREEN_TECH", "26.51"),
        (ProfileDirection.Offer, ProfileKind.Business, "Conserve vegetali biologiche per la GDO estera", "Organic vegetable preserves for foreign retail", "FOOD", "10.39"),
        (ProfileDirection.Request, ProfileKind.Research, "Cliniche per una sperimentazione di telemedicina", "Clinics for a telemedicine trial", "HEALTH", "21.20"),
        (ProfileDirection.Offer, ProfileKind.Technology, "Lavorazioni in titanio per l'aerospazio", "Titanium machining for aerospace", "AEROSPACE", "25.62"),
        (ProfileDirection.Request, ProfileKind.Business, "Agenti commerciali per tessuti tecnici", "Sales agents for technical textiles", "MANUFACTURING", "13.96"),
    ];

    private static readonly string[][] Countries = [["FR", "CH"], ["DE", "AT"], ["ES", "PT"], ["US", "CA"], ["FR"], ["BE", "NL", "LU"], ["PL", "CZ"], ["JP"]];

    public static int Load(InternationalisationDbContext db, IReadOnlyList<DemoParticipant> organisations, DateTimeOffset now)
    {
        var random = new Random(8080);
        var sequences = new Dictionary<DateOnly, int>();
        var published = new List<PartneringProfile>();
        for (var i = 0; i < Profiles; i++)
        {
            var owner = organisations[(i * 53 + 7) % organisations.Count];
            var topic = Topics[i % Topics.Length];
            var created = now.AddDays(i < 6 ? -random.Next(2, 10) : -random.Next(20, 300));
            // Most for a year; some for six months, so that the older of them have expired.
            var expiresOn = RomeTime.DateOf(created).AddMonths(i % 5 == 0 ? 6 : 12).AddDays(-1);
            var profile = PartneringProfile.Draft(owner.Id, new ProfileTerms(topic.Direction, topic.Kind,
                new LocalizedText(topic.It + " (demo)", topic.En + " (demo)"),
                new LocalizedText($"{topic.It} da un'impresa piemontese (demo)", $"{topic.En} from a Piedmont firm (demo)"),
                new LocalizedText("Profilo sintetico per la dimostrazione della piattaforma (demo)", "A synthetic profile for the platform's demo (demo)"),
                Countries[i % Countries.Length], [topic.Spi], [topic.Nace], ["demo", topic.Spi.ToLowerInvariant()], expiresOn,
                new ProfileContact("Referente demo (demo)", $"partnering{i:D2}@demo.example", null)), owner.Name, created);
            db.PartneringProfiles.Add(profile);
            if (i == 0)
            {
                continue; // a draft
            }
            profile.Submit(created.AddDays(1));
            if (i < 5)
            {
                continue; // waiting for CEIP's validation
            }
            if (i < 7)
            {
                profile.Return("Descrivete meglio il tipo di partner cercato e il livello di maturità della tecnologia (demo)", "Chiara Neri (demo)", created.AddDays(2));
                continue;
            }
            var publishedAt = created.AddDays(3);
            var day = RomeTime.DateOf(publishedAt);
            sequences[day] = sequences.GetValueOrDefault(day) + 1;
            profile.Publish(day, sequences[day], "Chiara Neri (demo)", publishedAt);
            published.Add(profile);
            if (i % 13 == 0 && publishedAt.AddDays(20) < now)
            {
                profile.Withdraw("Partner trovato (demo)", publishedAt.AddDays(20));
            }
        }

        var interests = 0;
        foreach (var profile in published.Where(p => p.WithdrawnAt is null))
        {
            for (var k = 0; k < random.Next(0, 4); k++)
            {
                var interested = organisations[random.Next(organisations.Count)];
                var at = profile.PublishedAt!.Value.AddDays(random.Next(1, 30));
                if (interested.Id == profile.OrganisationId || at > now || !profile.IsPublicOn(RomeTime.DateOf(at))
                    || db.PartneringInterests.Local.Any(x => x.ProfileId == profile.Id && x.OrganisationId == interested.Id))
                {
                    continue;
                }
                var interest = PartneringInterest.Express(profile, interested.Id, "Siamo interessati a un primo incontro (demo)", "We would like a first meeting (demo)",
                    new ProfileContact("Contatto demo (demo)", $"interest{interests:D3}@demo.example", null), interested.Name, at);
                var roll = random.NextDouble();
                if (roll < 0.4)
                {
                    interest.Accept(at.AddDays(3));
                }
                else if (roll < 0.55)
                {
                    interest.Decline("Cerchiamo un partner di dimensioni maggiori (demo)", at.AddDays(3));
                }
                db.PartneringInterests.Add(interest);
                interests++;
            }
        }
        return Profiles;
    }
}
