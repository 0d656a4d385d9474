using System.Text.Json.Serialization;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>What an organisation's own users (or a regional officer) may set; everything else is derived or kept by the registry.</summary>
public sealed record OrganisationProfile(
    string LegalName,
    VatNumber? VatNumber,
    string? FiscalCode,
    OrganisationKind Kind,
    Province? Province,
    string? AtecoCode,
    DateOnly? FoundedOn,
    bool InnovativeStartup,
    int? Headcount,
    decimal? TurnoverEur,
    decimal? BalanceSheetEur,
    IReadOnlyList<string> PrioritySystems,
    string? Website);

/// <summary>An organisation of the innovation ecosystem, as the directory holds it.</summary>
public sealed class Organisation
{
    private Organisation()
    {
    }

    public Guid Id { get; private set; }
    public string LegalName { get; private set; } = "";

    /// <summary>Lower-case legal name: what name-prefix search and sorting by name use.</summary>
    public string SearchName { get; private set; } = "";

    public string? VatNumber { get; private set; }
    public string? FiscalCode { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public Province? Province { get; private set; }
    public string? AtecoCode { get; private set; }
    public DateOnly? FoundedOn { get; private set; }
    public bool InnovativeStartup { get; private set; }
    public int? Headcount { get; private set; }
    public decimal? TurnoverEur { get; private set; }
    public decimal? BalanceSheetEur { get; private set; }

    /// <summary>Derived from headcount, turnover and balance sheet; never supplied by a client.</summary>
    public SizeClass SizeClass { get; private set; }

    public List<string> PrioritySystems { get; private set; } = [];
    public string? Website { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Part of a generated demo population, not a real organisation.</summary>
    public bool Synthetic { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin), exposed as the ETag.</summary>
    public uint Version { get; private set; }

    public static Organisation Register(OrganisationProfile profile, DateTimeOffset now)
    {
        var organisation = new Organisation { Id = Guid.CreateVersion7(now), RegisteredAt = now };
        organisation.Apply(profile, now);
        return organisation;
    }

    /// <summary>A reference organisation (a cluster management organisation) from the seed documents.</summary>
    public static Organisation Seed(Guid id, string legalName, OrganisationKind kind, Province? province, DateTimeOffset now)
    {
        var organisation = new Organisation { Id = id, RegisteredAt = now };
        organisation.Apply(new OrganisationProfile(legalName, null, null, kind, province, null, null, false, null, null, null, [], null), now);
        return organisation;
    }

    public void Update(OrganisationProfile profile, DateTimeOffset now) => Apply(profile, now);

    /// <summary>How a name is searched and sorted: a prefix search spells its prefix the same way.</summary>
    public static string SearchNameOf(string name) => name.Trim().ToLowerInvariant();

    private void Apply(OrganisationProfile profile, DateTimeOffset now)
    {
        if (profile.FoundedOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new RequestValidationException("foundedOn", "The founding date cannot be in the future.");
        }
        LegalName = profile.LegalName.Trim();
        SearchName = SearchNameOf(LegalName);
        VatNumber = profile.VatNumber?.Value;
        FiscalCode = profile.FiscalCode;
        Kind = profile.Kind;
        Province = profile.Province;
        AtecoCode = profile.AtecoCode;
        FoundedOn = profile.FoundedOn;
        InnovativeStartup = profile.InnovativeStartup;
        Headcount = profile.Headcount;
        TurnoverEur = profile.TurnoverEur;
        BalanceSheetEur = profile.BalanceSheetEur;
        SizeClass = SmeClassification.Classify(profile.Headcount, profile.TurnoverEur, profile.BalanceSheetEur);
        PrioritySystems = profile.PrioritySystems.Distinct().Order().ToList();
        Website = profile.Website;
        UpdatedAt = now;
    }
}

public enum OrganisationKind
{
    Enterprise,
    University,
    ResearchBody,
    TechPark,
    Incubator,
    BankFoundation,
    ThirdSector,
    TrainingBody,
    PublicBody,
}

/// <summary>The eight provinces of Piedmont, by their vehicle-registration codes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Province>))]
public enum Province
{
    [JsonStringEnumMemberName("TO")] TO,
    [JsonStringEnumMemberName("AL")] AL,
    [JsonStringEnumMemberName("AT")] AT,
    [JsonStringEnumMemberName("BI")] BI,
    [JsonStringEnumMemberName("CN")] CN,
    [JsonStringEnumMemberName("NO")] NO,
    [JsonStringEnumMemberName("VB")] VB,
    [JsonStringEnumMemberName("VC")] VC,
}
