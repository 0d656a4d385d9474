namespace PiedmontSystem.ClusterRegistry.Domain;

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

    /// <summary>Partners in this country make a collaboration inter-regional rather than international.</summary>
    public const string HomeCountry = "IT";

    public bool IsInternational => PartnerCountry != HomeCountry;

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
