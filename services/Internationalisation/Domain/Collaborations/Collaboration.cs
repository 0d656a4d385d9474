namespace PiedmontSystem.Internationalisation.Domain.Collaborations;

/// <summary>What kind of collaboration, as the registry's collaborations register counts them.</summary>
public enum CollaborationKind
{
    Mou,
    EuProject,
    JointCall,
    Other,
}

/// <summary>
/// An international or inter-regional collaboration of a Piedmont cluster, recorded by CEIP: with
/// whom (a partner, its region and country: <c>IT</c> means inter-regional, cross-border work with
/// France is the most common), since when, and who recorded it. The registry keeps its own copy
/// from the <c>collaboration-recorded</c> event.
/// </summary>
public sealed class Collaboration
{
    private Collaboration()
    {
    }

    public Guid Id { get; private set; }
    public string ClusterCode { get; private set; } = "";
    public CollaborationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string PartnerName { get; private set; } = "";
    public string? PartnerRegion { get; private set; }
    public string PartnerCountry { get; private set; } = "";
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Inter-regional (a partner in Italy) rather than international.</summary>
    public bool IsInterRegional => PartnerCountry == "IT";

    public static Collaboration Record(string clusterCode, CollaborationKind kind, string title, string partnerName, string? partnerRegion, string partnerCountry,
        DateOnly? startsOn, DateOnly? endsOn, string by, DateTimeOffset now)
    {
        if (startsOn is { } start && endsOn is { } end && end < start)
        {
            throw new ServiceDefaults.Errors.RequestValidationException("endsOn", "The collaboration ends before it starts.");
        }
        return new()
        {
            Id = Guid.CreateVersion7(now),
            ClusterCode = clusterCode,
            Kind = kind,
            Title = title,
            PartnerName = partnerName,
            PartnerRegion = partnerRegion,
            PartnerCountry = partnerCountry,
            StartsOn = startsOn,
            EndsOn = endsOn,
            RecordedBy = by,
            RecordedAt = now,
        };
    }
}
