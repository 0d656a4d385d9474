namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>
/// A project enabled by the clusters, in the projects register: recorded when the funding service
/// awards a grant (or loaded as demo data).
/// </summary>
public sealed class Project
{
    private Project()
    {
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public Guid LeadOrganisationId { get; private set; }
    public List<Guid> PartnerOrganisationIds { get; private set; } = [];
    public List<Guid> ClusterIds { get; private set; } = [];
    public decimal AmountEur { get; private set; }

    /// <summary>Where it came from, e.g. <c>grant PRFESR-2026-RD-01</c>.</summary>
    public string Source { get; private set; } = "";

    /// <summary>Id of the record at the source (the grant id), so a source record is registered once.</summary>
    public Guid SourceId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
    public bool Synthetic { get; private set; }

    public static Project Record(Guid sourceId, string source, string title, Guid leadOrganisationId, IEnumerable<Guid> partners, IEnumerable<Guid> clusterIds, decimal amountEur, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SourceId = sourceId,
        Source = source,
        Title = title,
        LeadOrganisationId = leadOrganisationId,
        PartnerOrganisationIds = partners.Where(p => p != leadOrganisationId).Distinct().ToList(),
        ClusterIds = clusterIds.Distinct().ToList(),
        AmountEur = amountEur,
        RecordedAt = now,
    };

    /// <summary>Flags a generated demo record.</summary>
    public Project MarkSynthetic()
    {
        Synthetic = true;
        return this;
    }
}

public enum CollaborationKind
{
    Mou,
    EuProject,
    JointCall,
    Other,
}

/// <summary>
/// An international or inter-regional collaboration of a cluster, in the collaborations register:
/// recorded when CEIP records it (or loaded as demo data). Inter-regional when the partner is in Italy.
/// </summary>
public sealed class Collaboration
{
    private Collaboration()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClusterId { get; private set; }
    public CollaborationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string PartnerName { get; private set; } = "";
    public string? PartnerRegion { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string PartnerCountry { get; private set; } = "";

    public DateOnly? StartsOn { get; private set; }
    public Guid SourceId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public bool Synthetic { get; private set; }

    public bool IsInternational => PartnerCountry != "IT";

    public static Collaboration Record(Guid sourceId, Guid clusterId, CollaborationKind kind, string title, string partnerName, string? partnerRegion, string partnerCountry, DateOnly? startsOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SourceId = sourceId,
        ClusterId = clusterId,
        Kind = kind,
        Title = title,
        PartnerName = partnerName,
        PartnerRegion = partnerRegion,
        PartnerCountry = partnerCountry.ToUpperInvariant(),
        StartsOn = startsOn,
        RecordedAt = now,
    };

    /// <summary>Flags a generated demo record.</summary>
    public Collaboration MarkSynthetic()
    {
        Synthetic = true;
        return this;
    }
}
