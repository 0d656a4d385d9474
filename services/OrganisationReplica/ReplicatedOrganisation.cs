using PiedmontSystem.Contracts;

namespace PiedmontSystem.OrganisationReplica;

/// <summary>
/// An organisation as the registry last announced it. Services keep this copy instead of calling
/// the registry (no service reads another's tables); it is eventually consistent with the registry.
/// </summary>
public sealed class ReplicatedOrganisation
{
    private ReplicatedOrganisation()
    {
    }

    public Guid OrganisationId { get; private set; }
    public string LegalName { get; private set; } = "";
    public string? VatNumber { get; private set; }
    public string Kind { get; private set; } = "";
    public string Province { get; private set; } = "";
    public string SizeClass { get; private set; } = "unknown";
    public bool InnovativeStartup { get; private set; }
    public string? AtecoCode { get; private set; }
    public List<string> PrioritySystems { get; private set; } = [];
    public DateOnly? FoundedOn { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>When the registry made the change this copy reflects; older events never overwrite newer ones.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    internal static ReplicatedOrganisation From(OrganisationRegistered e) => new()
    {
        OrganisationId = e.OrganisationId,
        LegalName = e.LegalName,
        VatNumber = e.VatNumber,
        Kind = e.Kind,
        Province = e.Province,
        SizeClass = e.SizeClass,
        InnovativeStartup = e.InnovativeStartup,
        AtecoCode = e.AtecoCode,
        PrioritySystems = [.. e.PrioritySystems ?? []],
        FoundedOn = e.FoundedOn,
        RegisteredAt = e.OccurredAt,
        ChangedAt = e.OccurredAt,
    };

    internal static ReplicatedOrganisation From(OrganisationUpdated e)
    {
        var organisation = new ReplicatedOrganisation { OrganisationId = e.OrganisationId, RegisteredAt = e.OccurredAt };
        organisation.Apply(e);
        return organisation;
    }

    internal void Apply(OrganisationUpdated e)
    {
        if (e.OccurredAt < ChangedAt)
        {
            return;
        }
        LegalName = e.LegalName;
        VatNumber = e.VatNumber;
        Kind = e.Kind;
        Province = e.Province;
        SizeClass = e.SizeClass;
        InnovativeStartup = e.InnovativeStartup;
        AtecoCode = e.AtecoCode;
        PrioritySystems = [.. e.PrioritySystems];
        FoundedOn = e.FoundedOn;
        ChangedAt = e.OccurredAt;
    }
}
