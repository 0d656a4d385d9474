using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.IntegrationEvents;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging;
using PiedmontSystem.RequestHandling.Auditing;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.DemoData;

public sealed record DemoLoadResult(int Organisations, int Memberships, int Projects, int Collaborations);

/// <summary>
/// A synthetic population at the scale of the seed documents (about 1,200 cluster members, 70%
/// SMEs, some in several clusters; 1,200 projects with about 3,000 partners; 200+ collaborations),
/// spread over provinces, kinds and clusters as a real directory would be. Every record is flagged
/// <c>synthetic</c> and every name ends in "(demo)". Written with PostgreSQL COPY, so that the
/// 100,000-organisation benchmark population loads in seconds. Deterministic: same options, same data.
/// </summary>
public static class DemoPopulation
{
    private static readonly (Province Province, double Weight)[] ProvinceWeights =
        [(Province.TO, .51), (Province.CN, .13), (Province.AL, .09), (Province.NO, .08), (Province.AT, .05), (Province.BI, .05), (Province.VC, .05), (Province.VB, .04)];

    private static readonly (OrganisationKind Kind, double Weight)[] KindWeights =
    [
        (OrganisationKind.Enterprise, .86), (OrganisationKind.ThirdSector, .05), (OrganisationKind.TrainingBody, .025), (OrganisationKind.ResearchBody, .02),
        (OrganisationKind.PublicBody, .02), (OrganisationKind.Incubator, .01), (OrganisationKind.University, .005), (OrganisationKind.TechPark, .005),
        (OrganisationKind.BankFoundation, .005),
    ];

    private static readonly (SizeClass Size, double Weight)[] SizeWeights =
        [(SizeClass.Micro, .34), (SizeClass.Small, .26), (SizeClass.Medium, .12), (SizeClass.Large, .22), (SizeClass.Unknown, .06)];

    private static readonly (string Cluster, string Spi, double Weight)[] ClusterWeights =
    [
        ("ICT", "MANUFACTURING", .20), ("MESAP", "MANUFACTURING", .20), ("CLEVER", "GREEN_TECH", .15), ("BIOPMED", "HEALTH", .13),
        ("CGREEN", "GREEN_TECH", .12), ("AGRIFOOD", "FOOD", .12), ("POINTEX", "MANUFACTURING", .08),
    ];

    private static readonly string[] NameStarts =
        ["Alpina", "Borgo", "Canavese", "Dora", "Eridano", "Fenice", "Gran Paradiso", "Langhe", "Monviso", "Novalis", "Orsa", "Po Valley", "Quadrante", "Roero", "Sesia", "Tanaro", "Usseglio", "Valsusa", "Zenit"];

    private static readonly string[] NameMiddles =
        ["Meccanica", "Digitale", "Biotech", "Tessuti", "Energia", "Materiali", "Alimenti", "Robotica", "Software", "Sensori", "Logistica", "Farmaceutica", "Aerospazio", "Ambiente"];

    private static readonly (string Country, string Region, string Partner)[] CollaborationPartners =
    [
        ("FR", "Auvergne-Rhône-Alpes", "Pôle de compétitivité Axelera"), ("FR", "Provence-Alpes-Côte d'Azur", "Pôle SCS"), ("FR", "Auvergne-Rhône-Alpes", "Minalogic"),
        ("DE", "Baden-Württemberg", "Cluster BW"), ("ES", "Catalunya", "ACCIÓ cluster"), ("BE", "Wallonie", "Pôle MecaTech"), ("NL", "Noord-Brabant", "Brainport"),
        ("AT", "Steiermark", "ACstyria"), ("IT", "Lombardia", "Cluster Lombardo"), ("IT", "Liguria", "Distretto Ligure"), ("IT", "Emilia-Romagna", "Clust-ER"),
        ("IT", "Valle d'Aosta", "Rete Valle d'Aosta"),
    ];

    public static async Task<DemoLoadResult> LoadAsync(RegistryDbContext db, DemoDataOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var random = new Random(2015);
        var clusters = await db.Clusters.AsNoTracking().Where(c => c.Kind != ClusterKind.Historical).ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var organisations = Enumerable.Range(1, options.Organisations).Select(i => NewOrganisation(i, random, now)).ToList();
        var memberships = NewMemberships(organisations, options.Memberships ?? (int)(options.Organisations * 1.2), clusters, random, now);
        var projects = NewProjects(organisations, memberships, options.Projects, random, now);
        var collaborations = Enumerable.Range(1, options.Collaborations).Select(i => NewCollaboration(i, clusters, random, now)).ToList();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CopyOrganisationsAsync(connection, organisations, cancellationToken);
        await CopyMembershipsAsync(connection, memberships, now, cancellationToken);
        await CopyProjectsAsync(connection, projects, cancellationToken);
        await CopyCollaborationsAsync(connection, collaborations, cancellationToken);
        if (options.PublishEvents)
        {
            var codes = clusters.ToDictionary(c => c.Value, c => c.Key);
            await CopyOutboxAsync(connection, organisations.Select(o => (IIntegrationEvent)OrganisationEvents.Registered(o.Entity))
                .Concat(memberships.Select(m => new MembershipApproved(m.Id, m.OrganisationId, m.ClusterId, codes[m.ClusterId], now))), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        // Fresh statistics, so the planner knows the tables' new size at once instead of after autovacuum.
        await db.Database.ExecuteSqlRawAsync("ANALYZE organisations, memberships, projects, collaborations", cancellationToken);

        db.AddAuditEntry(now, "system:demo-data", "demo-data.loaded", "demo-data", "population",
            new { organisations = organisations.Count, memberships = memberships.Count, projects = projects.Count, collaborations = collaborations.Count });
        await db.SaveChangesAsync(cancellationToken);
        return new DemoLoadResult(organisations.Count, memberships.Count, projects.Count, collaborations.Count);
    }

    private sealed record DemoOrganisation(Organisation Entity, string PrimaryCluster, int Index);

    private sealed record DemoMembership(Guid Id, Guid OrganisationId, Guid ClusterId, DateTimeOffset Since);

    private static DemoOrganisation NewOrganisation(int index, Random random, DateTimeOffset now)
    {
        var kind = Pick(KindWeights, random);
        // Universities, public bodies and bank foundations are outside the SME definition: size left unknown.
        var size = kind is OrganisationKind.University or OrganisationKind.PublicBody or OrganisationKind.BankFoundation ? SizeClass.Unknown : Pick(SizeWeights, random);
        var (headcount, turnover) = size switch
        {
            SizeClass.Micro => (random.Next(1, 10), random.Next(50, 1_900) * 1_000m),
            SizeClass.Small => (random.Next(10, 50), random.Next(2_100, 9_900) * 1_000m),
            SizeClass.Medium => (random.Next(50, 250), random.Next(10_500, 49_000) * 1_000m),
            SizeClass.Large => (random.Next(250, 5_000), random.Next(51_000, 2_000_000) * 1_000m),
            _ => (0, 0m),
        };
        var (cluster, spi) = PickCluster(random);
        var legalName = $"{NameStarts[random.Next(NameStarts.Length)]} {NameMiddles[random.Next(NameMiddles.Length)]} {index:D6} S.r.l. (demo)";
        var registeredAt = now.AddDays(-random.Next(1, 3650));
        var profile = new OrganisationProfile(
            legalName, DemoVatNumber(index), null, kind, Pick(ProvinceWeights, random), $"{random.Next(10, 96)}.{random.Next(10, 99)}",
            DateOnly.FromDateTime(registeredAt.UtcDateTime).AddYears(-random.Next(0, 40)), kind == OrganisationKind.Enterprise && random.NextDouble() < .12,
            size == SizeClass.Unknown ? null : headcount, size == SizeClass.Unknown ? null : turnover, null, [spi], null);
        var entity = Organisation.Register(profile, registeredAt);
        return new DemoOrganisation(entity, cluster, index);
    }

    private static List<DemoMembership> NewMemberships(List<DemoOrganisation> organisations, int total, Dictionary<string, Guid> clusters, Random random, DateTimeOffset now)
    {
        var memberships = new List<DemoMembership>(total);
        var codes = ClusterWeights.Select(c => c.Cluster).ToArray();
        // Every organisation in its primary cluster first; the rest spread as cross-cluster memberships.
        foreach (var organisation in organisations.Take(total))
        {
            var primary = organisation.Entity.Kind == OrganisationKind.ThirdSector && clusters.ContainsKey("TSI") ? "TSI" : organisation.PrimaryCluster;
            memberships.Add(new DemoMembership(Guid.CreateVersion7(now), organisation.Entity.Id, clusters[primary], organisation.Entity.RegisteredAt));
        }
        var taken = memberships.Select(m => (m.OrganisationId, m.ClusterId)).ToHashSet();
        var attempts = 0;
        while (memberships.Count < total && attempts++ < total * 20)
        {
            var organisation = organisations[random.Next(organisations.Count)];
            var clusterId = clusters[codes[random.Next(codes.Length)]];
            if (taken.Add((organisation.Entity.Id, clusterId)))
            {
                memberships.Add(new DemoMembership(Guid.CreateVersion7(now), organisation.Entity.Id, clusterId, organisation.Entity.RegisteredAt.AddDays(random.Next(0, 365))));
            }
        }
        return memberships;
    }

    private static List<Project> NewProjects(List<DemoOrganisation> organisations, List<DemoMembership> memberships, int count, Random random, DateTimeOffset now)
    {
        var clusterOf = memberships.GroupBy(m => m.OrganisationId).ToDictionary(g => g.Key, g => g.First().ClusterId);
        return Enumerable.Range(1, organisations.Count == 0 ? 0 : count).Select(i =>
        {
            var lead = organisations[random.Next(organisations.Count)].Entity;
            var partners = Enumerable.Range(0, random.Next(0, 4)).Select(_ => organisations[random.Next(organisations.Count)].Entity.Id).ToList();
            var clusterIds = clusterOf.TryGetValue(lead.Id, out var clusterId) ? new[] { clusterId } : [];
            return Project.Record(Guid.CreateVersion7(now), "demo data", $"Demo project {i:D5} (demo)", lead.Id, partners, clusterIds,
                random.Next(50, 1_500) * 1_000m, now.AddDays(-random.Next(1, 3000))).MarkSynthetic();
        }).ToList();
    }

    private static Collaboration NewCollaboration(int index, Dictionary<string, Guid> clusters, Random random, DateTimeOffset now)
    {
        var partner = CollaborationPartners[random.Next(CollaborationPartners.Length)];
        var cluster = ClusterWeights[random.Next(ClusterWeights.Length)].Cluster;
        var kind = (CollaborationKind)random.Next(0, 4);
        return Collaboration.Record(Guid.CreateVersion7(now), clusters[cluster], kind, $"Demo collaboration {index:D4} (demo)",
            partner.Partner, partner.Region, partner.Country, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-random.Next(1, 3000)), now.AddDays(-random.Next(1, 3000))).MarkSynthetic();
    }

    /// <summary>Unique and valid: the index fills the first ten digits, the eleventh is the check digit.</summary>
    private static VatNumber DemoVatNumber(int index)
    {
        var body = (9_000_000_000L + index).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
        {
            if (VatNumber.TryParse(body + check, out var vat))
            {
                return vat!;
            }
        }
        throw new InvalidOperationException("unreachable: one check digit always fits");
    }

    private static (string Cluster, string Spi) PickCluster(Random random)
    {
        var roll = random.NextDouble();
        foreach (var (cluster, spi, weight) in ClusterWeights)
        {
            if ((roll -= weight) <= 0)
            {
                return (cluster, spi);
            }
        }
        return (ClusterWeights[0].Cluster, ClusterWeights[0].Spi);
    }

    private static T Pick<T>((T Value, double Weight)[] weights, Random random)
    {
        var roll = random.NextDouble() * weights.Sum(w => w.Weight);
        foreach (var (value, weight) in weights)
        {
            if ((roll -= weight) <= 0)
            {
                return value;
            }
        }
        return weights[^1].Value;
    }

    private static async Task CopyOrganisationsAsync(NpgsqlConnection connection, List<DemoOrganisation> organisations, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY organisations (id, legal_name, search_name, vat_number, kind, province, ateco_code, founded_on, innovative_startup,
                headcount, turnover_eur, size_class, priority_systems, registered_at, updated_at, synthetic) FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var o in organisations.Select(o => o.Entity))
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(o.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(o.LegalName, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(o.SearchName, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(o.VatNumber, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(o.Kind.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(o.Province?.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(o.AtecoCode, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(writer, o.FoundedOn, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(o.InnovativeStartup, NpgsqlDbType.Boolean, cancellationToken);
            await WriteNullableAsync(writer, o.Headcount, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(writer, o.TurnoverEur, NpgsqlDbType.Numeric, cancellationToken);
            await writer.WriteAsync(o.SizeClass.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(o.PrioritySystems.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(o.RegisteredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(o.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyMembershipsAsync(NpgsqlConnection connection, List<DemoMembership> memberships, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY memberships (id, organisation_id, cluster_id, status, requested_at, active_since, updated_at, synthetic, steps) FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var m in memberships)
        {
            // The steps as EF Core stores them (status as its number), so that the memberships read back like any other.
            var steps = JsonSerializer.Serialize(new[]
            {
                new MembershipStep(MembershipStatus.Requested, m.Since, "system:demo-data", null),
                new MembershipStep(MembershipStatus.Active, m.Since, "system:demo-data", "synthetic demo data"),
            });
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(m.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(m.OrganisationId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(m.ClusterId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(nameof(MembershipStatus.Active), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(m.Since, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(m.Since, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(steps, NpgsqlDbType.Jsonb, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyProjectsAsync(NpgsqlConnection connection, List<Project> projects, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY projects (id, title, lead_organisation_id, partner_organisation_ids, cluster_ids, amount_eur, source, source_id, recorded_at, synthetic) FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var p in projects)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(p.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(p.Title, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(p.LeadOrganisationId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(p.PartnerOrganisationIds.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(p.ClusterIds.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(p.AmountEur, NpgsqlDbType.Numeric, cancellationToken);
            await writer.WriteAsync(p.Source, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(p.SourceId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(p.RecordedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyCollaborationsAsync(NpgsqlConnection connection, List<Collaboration> collaborations, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY collaborations (id, cluster_id, kind, title, partner_name, partner_region, partner_country, starts_on, source_id, recorded_at, synthetic) FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var c in collaborations)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(c.ClusterId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(c.Kind.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(c.Title, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(c.PartnerName, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(c.PartnerRegion, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(c.PartnerCountry, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(writer, c.StartsOn, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(c.SourceId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(c.RecordedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyOutboxAsync(NpgsqlConnection connection, IEnumerable<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY outbox_messages (id, message_type, payload, occurred_at, attempts, next_attempt_at) FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var integrationEvent in events)
        {
            var type = integrationEvent.GetType();
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(Guid.CreateVersion7(integrationEvent.OccurredAt), NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(IntegrationEventTypes.UrnOf(type), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(JsonSerializer.Serialize(integrationEvent, type, JsonSerializerOptions.Web), NpgsqlDbType.Jsonb, cancellationToken);
            await writer.WriteAsync(integrationEvent.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(integrationEvent.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) where T : struct =>
        value is { } present ? writer.WriteAsync(present, type, cancellationToken) : writer.WriteNullAsync(cancellationToken);
}
