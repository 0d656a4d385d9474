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
