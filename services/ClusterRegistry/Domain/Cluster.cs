using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Domain;

public enum ClusterKind
{
    RegionalInnovationCluster,
    OpenPlatform,
    Historical,
}

public enum ClusterStatus
{
    Active,
    Merged,
    Dissolved,
}

/// <summary>How to reach a cluster.</summary>
public sealed record ClusterContacts(string? Email, string? Phone, string? Address)
{
    public static readonly ClusterContacts None = new(null, null, null);
}

/// <summary>The record a regional officer keeps for a cluster.</summary>
public sealed record ClusterRecord(
    LocalizedText Name,
    LocalizedText Description,
    LocalizedText Domain,
    ClusterKind Kind,
    ClusterStatus Status,
    Guid? SuccessorId,
    IReadOnlyList<string> PrioritySystems,
    IReadOnlyList<string> TransversalRoles,
    IReadOnlyList<Guid> ManagingOrganisationIds,
    int? EstablishedIn,
    int? ClosedIn,
    string? Website,
    ClusterContacts Contacts);

/// <summary>
/// An innovation cluster ("polo di innovazione"): one of the seven regional clusters, an open
/// platform such as Torino Social Impact, or one of the twelve clusters of 2008-2009, kept with
/// its lineage (the cluster it merged into) so history stays traceable.
/// </summary>
public sealed class Cluster
{
    private Cluster()
    {
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("", "");
    public LocalizedText Description { get; private set; } = new("", "");
    public LocalizedText Domain { get; private set; } = new("", "");
    public ClusterKind Kind { get; private set; }
    public ClusterStatus Status { get; private set; }

    /// <summary>For a merged cluster, the cluster it became part of; predecessors are the clusters pointing here.</summary>
    public Guid? SuccessorId { get; private set; }

    public List<string> PrioritySystems { get; private set; } = [];
    public List<string> TransversalRoles { get; private set; } = [];
    public List<Guid> ManagingOrganisationIds { get; private set; } = [];
    public int? EstablishedIn { get; private set; }
    public int? ClosedIn { get; private set; }
    public string? Website { get; private set; }
    public ClusterContacts Contacts { get; private set; } = ClusterContacts.None;
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public bool AcceptsMembers => Status == ClusterStatus.Active && Kind != ClusterKind.Historical;

    /// <summary>Codes are compared upper-case and without surrounding blanks, however a client spells them.</summary>
    public static string NormaliseCode(string code) => code.Trim().ToUpperInvariant();

    public static Cluster Create(Guid id, string code, ClusterRecord record, DateTimeOffset now)
    {
        var cluster = new Cluster { Id = id, Code = NormaliseCode(code) };
        cluster.Update(record, now);
        return cluster;
    }

    /// <summary>A replacement record may repeat the code but not change it: events and other services refer to the cluster by it.</summary>
    public void RequireSameCode(string? code)
    {
        if (code is not null && !string.Equals(code, Code, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestValidationException("code", "A cluster's code cannot change.");
        }
    }

    public void Update(ClusterRecord record, DateTimeOffset now)
    {
        if (record.SuccessorId == Id)
        {
            throw new RequestValidationException("successorCode", "A cluster cannot be its own successor.");
        }
        Name = record.Name;
        Description = record.Description;
        Domain = record.Domain;
        Kind = record.Kind;
        Status = record.Status;
        SuccessorId = record.SuccessorId;
        PrioritySystems = record.PrioritySystems.Distinct().ToList();
        TransversalRoles = record.TransversalRoles.Distinct().ToList();
        ManagingOrganisationIds = record.ManagingOrganisationIds.Distinct().ToList();
        EstablishedIn = record.EstablishedIn;
        ClosedIn = record.ClosedIn;
        Website = record.Website;
        Contacts = record.Contacts;
        UpdatedAt = now;
    }

    /// <summary>What a cluster's own managers may change: how the cluster presents itself.</summary>
    public void UpdateProfile(LocalizedText description, string? website, ClusterContacts contacts, DateTimeOffset now)
    {
        Description = description;
        Website = website;
        Contacts = contacts;
        UpdatedAt = now;
    }
}
