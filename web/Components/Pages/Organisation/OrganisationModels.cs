namespace PiedmontSystem.Web.Components.Pages.Organisation;

/// <summary>The registration form as posted: text as typed, read into numbers when sent.</summary>
public sealed class OrganisationForm
{
    public string? LegalName { get; set; }
    public string? VatNumber { get; set; }
    public string? FiscalCode { get; set; }
    public string? Kind { get; set; }
    public string? Province { get; set; }
    public string? AtecoCode { get; set; }
    public string? FoundedOn { get; set; }
    public bool InnovativeStartup { get; set; }
    public string? Headcount { get; set; }
    public string? TurnoverEur { get; set; }
    public string? BalanceSheetEur { get; set; }
    public string? Website { get; set; }
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();
}

/// <summary>What POST /api/registry/organisations reads.</summary>
public sealed record OrganisationRegistration(
    string? LegalName, string? VatNumber, string? FiscalCode, string? Kind, string? Province, string? AtecoCode, DateOnly? FoundedOn,
    bool InnovativeStartup, int? Headcount, decimal? TurnoverEur, decimal? BalanceSheetEur, IReadOnlyList<string> PrioritySystems, string? Website);

public sealed record ClusterName(string Code, string Name);

public sealed record PrivateFigures(string? FiscalCode, int? Headcount, decimal? TurnoverEur, decimal? BalanceSheetEur);

/// <summary>The organisation's profile (GET /api/registry/organisations/{id}).</summary>
public sealed record OrganisationProfile(
    Guid Id, string LegalName, string? VatNumber, string Kind, string? Province, string? AtecoCode, DateOnly? FoundedOn, bool InnovativeStartup,
    string SizeClass, IReadOnlyList<string> PrioritySystems, string? Website, IReadOnlyList<ClusterName> Clusters, DateTimeOffset RegisteredAt,
    PrivateFigures? Private);

public sealed record MembershipStep(string Status, DateTimeOffset At, string By, string? Note);

/// <summary>One of the organisation's memberships, in any state.</summary>
public sealed record MembershipRow(Guid Id, string ClusterCode, string Status, DateTimeOffset RequestedAt, DateTimeOffset? ActiveSince, IReadOnlyList<MembershipStep> Steps);

public sealed record CodeAndName(string Code, string Name);

public sealed class JoinForm
{
    public string? ClusterCode { get; set; }
    public string? Note { get; set; }
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();
}

public sealed record MembershipAsk(string? ClusterCode, string? Note);
