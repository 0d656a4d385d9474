using System.Text.Json.Serialization;

namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>An organisation of the innovation ecosystem, as the directory holds it.</summary>
public sealed class Organisation
{
    private Organisation()
    {
    }

    public Guid Id { get; private set; }
    public string LegalName { get; private set; } = "";
    public string? VatNumber { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public Province Province { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    public static Organisation Register(string legalName, VatNumber? vatNumber, OrganisationKind kind, Province province, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        LegalName = legalName.Trim(),
        VatNumber = vatNumber?.Value,
        Kind = kind,
        Province = province,
        RegisteredAt = now,
    };
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
