using System.ComponentModel.DataAnnotations;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Apis;

public sealed record ClusterSummaryResponse(
    string Code, string Name, string Domain, ClusterKind Kind, ClusterStatus Status, int MemberCount,
    string? SuccessorCode, IReadOnlyList<string> PredecessorCodes, IReadOnlyList<string> PrioritySystems);

public sealed record ClusterResponse(
    Guid Id,
    string Code,
    string Name,
    string Description,
    string Domain,
    ClusterKind Kind,
    ClusterStatus Status,
    int? EstablishedIn,
    int? ClosedIn,
    ClusterReferenceResponse? Successor,
    IReadOnlyList<ClusterReferenceResponse> Predecessors,
    IReadOnlyList<ReferenceItemResponse> PrioritySystems,
    IReadOnlyList<ReferenceItemResponse> TransversalRoles,
    IReadOnlyList<ManagingOrganisationResponse> ManagingOrganisations,
    string? Website,
    ClusterContacts Contacts,
    int MemberCount,
    DateTimeOffset UpdatedAt);

public sealed record ManagingOrganisationResponse(Guid Id, string LegalName);

/// <summary>Another cluster (a successor, a predecessor, one an organisation belongs to) by code and name.</summary>
public sealed record ClusterReferenceResponse(string Code, string Name);

public sealed record LocalizedTextRequest([property: Required, StringLength(4000, MinimumLength = 1)] string? It, [property: Required, StringLength(4000, MinimumLength = 1)] string? En)
{
    public LocalizedText ToText() => new(It!.Trim(), En!.Trim());
}

public sealed record ContactsRequest([property: EmailAddress] string? Email, [property: StringLength(50)] string? Phone, [property: StringLength(300)] string? Address)
{
    public ClusterContacts ToContacts() => new(Email, Phone, Address);
}

/// <summary>A cluster's whole record, as a regional officer keeps it.</summary>
public sealed record ClusterRequest(
    [property: RegularExpression("^[A-Za-z][A-Za-z0-9_-]{1,29}$", ErrorMessage = "A code is 2 to 30 letters, digits, - or _, starting with a letter.")] string? Code,
    [property: Required] LocalizedTextRequest? Name,
    [property: Required] LocalizedTextRequest? Description,
    [property: Required] LocalizedTextRequest? Domain,
    [property: Required] ClusterKind? Kind,
    [property: Required] ClusterStatus? Status,
    string? SuccessorCode,
    IReadOnlyList<string>? PrioritySystems,
    IReadOnlyList<string>? TransversalRoles,
    IReadOnlyList<Guid>? ManagingOrganisationIds,
    [property: Range(1990, 2100)] int? EstablishedIn,
    [property: Range(1990, 2100)] int? ClosedIn,
    [property: Url] string? Website,
    ContactsRequest? Contacts);

/// <summary>How a cluster presents itself, which its own managers may change.</summary>
public sealed record ClusterProfileRequest(
    [property: Required] LocalizedTextRequest? Description,
    [property: Url] string? Website,
    ContactsRequest? Contacts);
