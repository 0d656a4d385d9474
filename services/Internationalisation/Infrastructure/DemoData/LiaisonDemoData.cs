using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Liaison;

namespace PiedmontSystem.Internationalisation.Infrastructure.DemoData;

/// <summary>
/// A synthetic year of CEIP liaison, every text ending in "(demo)": 140 requests opened over the last
/// twelve months by the registry's demo organisations (most on their own, some referred by a cluster
/// or by the accelerator), each as far along as its age makes likely — the oldest closed with an
/// outcome, declined or withdrawn, the recent ones in progress or new, four flagged — and 45
/// introductions on the outcome ladder. Nothing is announced: this is history, not news.
/// </summary>
public static class LiaisonDemoData
{
    public const string Actor = "system:demo-data";
    private const int Requests = 140;
    private const int Introductions = 45;

    private static readonly string[] Countries = ["FR", "FR", "FR", "DE", "DE", "CH", "CH", "US", "ES", "AT", "BE", "NL", "GB", "PL", "CN", "JP", "BR", "AE", "CA", "IN"];
    private static readonly string[] NaceCodes = ["28.29", "29.32", "10.89", "20.59", "26.51", "62.01", "21.20", "13.96", "27.11", "30.30"];
    private static readonly (string Name, string Country, PartnerKind Kind)[] Partners =
    [
        ("Schaeffler Technologies (demo)", "DE", PartnerKind.Multinational), ("Groupe Renault achats (demo)", "FR", PartnerKind.Multinational),
        ("Lyon Mécanique SAS (demo)", "FR", PartnerKind.ForeignSme), ("Fraunhofer IPA (demo)", "DE", PartnerKind.ResearchBody),
        ("Distribuciones Levante SL (demo)", "ES", PartnerKind.Distributor), ("Zürich MedTech AG (demo)", "CH", PartnerKind.ForeignSme),
        ("Midwest Food Importers Inc. (demo)", "US", PartnerKind.Distributor), ("Airbus procurement (demo)", "FR", PartnerKind.Multinational),
        ("Wien Sensorik GmbH (demo)", "AT", PartnerKind.ForeignSme), ("Kyoto Precision KK (demo)", "JP", PartnerKind.Multinational),
        ("Université Grenoble Alpes (demo)", "FR", PartnerKind.ResearchBody), ("Gulf Trade Partners LLC (demo)", "AE", PartnerKind.Other),
    ];

    public sealed record Loaded(int Requests, int Introductions);

    public static async Task<Loaded> LoadAsync(InternationalisationDbContext db, IReadOnlyList<DemoParticipant> organisations, LiaisonOptions options,
        DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(2611);
        var kinds = Enum.GetValues<LiaisonKind>();
        var clusters = await db.Memberships.AsNoTracking().Where(m => m.Status == OrganisationReplica.MembershipStatuses.Active)
            .Select(m => new { m.OrganisationId, m.ClusterCode }).ToListAsync(ct);
        var clusterOf = clusters.GroupBy(m => m.OrganisationId).ToDictionary(g => g.Key, g => g.First().ClusterCode);
        var requests = new List<LiaisonRequest>();
        for (var i = 0; i < Requests; i++)
        {
            var organisation = organisations[(i * 37) % organisations.Count];
            // The first few wait past CEIP's assessment deadline: a queue always has some flagged.
            var backlog = i < 4;
            var opened = (backlog ? now.AddDays(-9 - (3 * i)) : now.AddDays(-random.Next(0, 365))).AddHours(-random.Next(0, 9));
            var kind = kinds[random.Next(kinds.Length)];
            var countries = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Countries[random.Next(Countries.Length)]).ToList();
            var spi = ReferenceCodes.PrioritySystems[random.Next(ReferenceCodes.PrioritySystems.Count)];
            var (source, reference, key) = (i % 10) switch
            {
                0 or 1 when clusterOf.TryGetValue(organisation.Id, out var cluster) => (LiaisonSource.Cluster, cluster, (string?)null),
                2 => (LiaisonSource.Accelerator, "BA-PIEMONTE-2025", $"demo:{i}"),
                _ => (LiaisonSource.Organisation, null, null),
            };
            var request = LiaisonRequest.Open(organisation.Id, kind, countries, [spi], NaceCodes[random.Next(NaceCodes.Length)],
                $"Cerchiamo supporto per {Describe(kind).It} in {string.Join(", ", countries.Distinct())} (demo)",
                $"We are looking for support with {Describe(kind).En} in {string.Join(", ", countries.Distinct())} (demo)",
                (LiaisonUrgency)random.Next(3), source, reference, key, source == LiaisonSource.Organisation ? organisation.Name : Actor, opened, options.AssessBy(opened));
            if (!backlog)
            {
                Progress(db, request, (now - opened).TotalDays, random, now);
            }
            requests.Add(request);
        }
        db.LiaisonRequests.AddRange(requests);

        var forIntroductions = requests.Where(r => r.Status is LiaisonStatus.InProgress or LiaisonStatus.Closed
            && r.Kind is LiaisonKind.PartnerSearch or LiaisonKind.BuyerIntroduction or LiaisonKind.ForeignMarketEntry).ToList();
        var introductions = 0;
        for (var i = 0; i < Introductions && forIntroductions.Count > 0; i++)
        {
            var request = forIntroductions[i % forIntroductions.Count];
            var partner = Partners[random.Next(Partners.Length)];
            var on = DateOnly.FromDateTime(request.StartedAt!.Value.AddDays(random.Next(3, 20)).UtcDateTime);
            if (on > DateOnly.FromDateTime(now.UtcDateTime))
            {
                continue;
            }
            var introduction = Introduction.Make(request.OrganisationId, partner.Name, partner.Country, partner.Kind, request, on,
                "Presentazione via e-mail dopo una call di qualificazione (demo)", Actor, new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
            var step = random.NextDouble();
            var later = on.AddDays(random.Next(10, 40));
            if (later <= DateOnly.FromDateTime(now.UtcDateTime))
            {
                if (step < 0.15)
                {
                    introduction.Record(IntroductionStage.Dropped, later, "The partner chose a supplier already qualified (demo)");
                }
                else if (step < 0.60)
                {
                    introduction.Record(IntroductionStage.MeetingHeld, later, null);
                    var signed = later.AddDays(random.Next(20, 90));
                    if (step < 0.30 && signed <= DateOnly.FromDateTime(now.UtcDateTime))
                    {
                        introduction.Record(IntroductionStage.AgreementSigned, signed, null);
                    }
                }
            }
            db.Introductions.Add(introduction);
            introductions++;
        }
        await db.SaveChangesAsync(ct);
        return new Loaded(requests.Count, introductions);
    }

    /// <summary>Moves a request as far as its age makes likely: CEIP assesses within days and works for weeks.</summary>
    private static void Progress(InternationalisationDbContext db, LiaisonRequest request, double ageDays, Random random, DateTimeOffset now)
    {
        var roll = random.NextDouble();
        if (ageDays < 3 || ageDays < 12 && roll < 0.35)
        {
            return; // new; the older of these are flagged
        }
        var assessedAt = request.OpenedAt.AddDays(random.Next(1, Math.Min(8, (int)ageDays)));
        if (roll < 0.08)
        {
            request.Decline("Fuori dall'ambito di CEIP: vendita sul mercato nazionale (demo)", assessedAt);
            return;
        }
        request.Accept(assessedAt);
        if (ageDays < 10)
        {
            return;
        }
        var startedAt = assessedAt.AddDays(random.Next(1, 4));
        request.Assign("ceip-officer-" + (1 + random.Next(3)), OfficerNames[random.Next(OfficerNames.Length)], startedAt);
        db.LiaisonNotes.Add(request.AddNote("Primo incontro svolto; mercati prioritari condivisi (demo)", visibleToRequester: true, OfficerNames[0], startedAt.AddDays(2)));
        if (ageDays < 60)
        {
            if (roll > 0.9)
            {
                request.Withdraw("Abbiamo trovato un distributore in autonomia (demo)", Min(now, startedAt.AddDays(random.Next(5, 20))));
            }
            return;
        }
        var closedAt = startedAt.AddDays(random.Next(20, Math.Max(21, (int)ageDays - 10)));
        if (closedAt > now)
        {
            return;
        }
        var outcome = roll switch { < 0.45 => LiaisonOutcome.Achieved, < 0.75 => LiaisonOutcome.Partly, _ => LiaisonOutcome.NotAchieved };
        request.Close(outcome, outcome switch
        {
            LiaisonOutcome.Achieved => "Tre incontri con importatori; un ordine di prova firmato (demo)",
            LiaisonOutcome.Partly => "Due incontri svolti; trattativa ancora aperta (demo)",
            _ => "Nessun partner interessato nel periodo (demo)",
        }, closedAt);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static readonly string[] OfficerNames = ["Chiara Neri (demo)", "Marco Ferrero (demo)", "Giulia Bertone (demo)"];

    private static (string It, string En) Describe(LiaisonKind kind) => kind switch
    {
        LiaisonKind.ForeignMarketEntry => ("l'ingresso nel mercato", "entering the market"),
        LiaisonKind.PartnerSearch => ("la ricerca di un partner commerciale", "finding a commercial partner"),
        LiaisonKind.BuyerIntroduction => ("una presentazione a un buyer multinazionale", "an introduction to a multinational buyer"),
        LiaisonKind.TradeMission => ("la partecipazione a una missione commerciale", "taking part in a trade mission"),
        _ => ("il partenariato in un progetto europeo", "partnering in an EU project"),
    };
}
