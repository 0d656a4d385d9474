using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Clusters;

/// <summary>A cluster in the registry's list (GET /api/registry/clusters), as the directory shows it.</summary>
public sealed record ClusterRow(string Code, string Name, string Domain, string Kind, string Status, int MemberCount, string? SuccessorCode);

public sealed record ClusterReference(string Code, string Name);

public sealed record ReferenceItem(string Code, string Name);

public sealed record ManagingOrganisation(Guid Id, string LegalName);

public sealed record ClusterContacts(string? Email, string? Phone, string? Address);

/// <summary>A cluster's profile (GET /api/registry/clusters/{code}).</summary>
public sealed record ClusterProfile(
    string Code, string Name, string Description, string Domain, string Kind, string Status, int? EstablishedIn, int? ClosedIn,
    ClusterReference? Successor, IReadOnlyList<ClusterReference> Predecessors, IReadOnlyList<ReferenceItem> PrioritySystems,
    IReadOnlyList<ReferenceItem> TransversalRoles, IReadOnlyList<ManagingOrganisation> ManagingOrganisations, string? Website,
    ClusterContacts? Contacts, int MemberCount);

/// <summary>An active member in the cluster's list of members.</summary>
public sealed record MemberRow(Guid Id, string LegalName, string Kind, string? Province, string SizeClass);

/// <summary>The registry's codes in words.</summary>
public static class ClusterWords
{
    public static string Kind(string kind) => kind switch
    {
        "regional-innovation-cluster" => T("Polo di innovazione", "Regional innovation cluster"),
        "open-platform" => T("Piattaforma aperta", "Open platform"),
        "historical" => T("Storico (2009-2015)", "Historical (2009-2015)"),
        _ => kind,
    };

    public static string Status(string status) => status switch
    {
        "active" => T("Attivo", "Active"),
        "merged" => T("Confluito", "Merged"),
        "dissolved" => T("Sciolto", "Dissolved"),
        _ => status,
    };

    public static string OrganisationKind(string kind) => kind switch
    {
        "enterprise" => T("Impresa", "Enterprise"),
        "university" => T("Università", "University"),
        "research-body" => T("Ente di ricerca", "Research body"),
        "tech-park" => T("Parco scientifico e tecnologico", "Science and technology park"),
        "incubator" => T("Incubatore", "Incubator"),
        "bank-foundation" => T("Fondazione bancaria", "Bank foundation"),
        "third-sector" => T("Terzo settore", "Third sector"),
        "training-body" => T("Ente di formazione", "Training body"),
        "public-body" => T("Ente pubblico", "Public body"),
        _ => kind,
    };

    public static string SizeClass(string size) => size switch
    {
        "micro" => T("Micro impresa", "Micro enterprise"),
        "small" => T("Piccola impresa", "Small enterprise"),
        "medium" => T("Media impresa", "Medium-sized enterprise"),
        "large" => T("Grande impresa", "Large enterprise"),
        _ => T("Non determinata", "Not determined"),
    };

    public static string MembershipStatus(string status) => status switch
    {
        "requested" => T("In attesa di approvazione", "Awaiting approval"),
        "active" => T("Attiva", "Active"),
        "rejected" => T("Respinta", "Rejected"),
        "suspended" => T("Sospesa", "Suspended"),
        "ended" => T("Terminata", "Ended"),
        _ => status,
    };

    public static IReadOnlyList<(string Code, string Name)> Provinces { get; } =
    [
        ("TO", "Torino"), ("AL", "Alessandria"), ("AT", "Asti"), ("BI", "Biella"),
        ("CN", "Cuneo"), ("NO", "Novara"), ("VB", "Verbano-Cusio-Ossola"), ("VC", "Vercelli"),
    ];

    public static IReadOnlyList<string> OrganisationKinds { get; } =
        ["enterprise", "university", "research-body", "tech-park", "incubator", "bank-foundation", "third-sector", "training-body", "public-body"];
}
