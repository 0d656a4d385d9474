using System.Security.Cryptography;
using System.Text.Json;

namespace PiedmontSystem.Accelerator.Domain;

/// <summary>Where a start-up is: an idea, a minimum viable product, first revenue, or scaling up.</summary>
public enum StartupStage
{
    Idea,
    Mvp,
    Revenue,
    ScaleUp,
}

/// <summary>A founder or team member: role and full-time equivalent (0.1–1).</summary>
public sealed record TeamMember(string Name, string Role, decimal Fte, bool Founder)
{
    private TeamMember()
        : this("", "", 0, false)
    {
    }
}

/// <summary>The figures selection judges growth on (the last financial year).</summary>
public sealed record Traction(decimal RevenueEur, int Users, decimal FundingRaisedEur)
{
    private Traction()
        : this(0, 0, 0)
    {
    }
}

/// <summary>
/// An organisation related to the applicant as shareholder or partner: a reviewer from it, or a
/// provider that is one, has a conflict of interest.
/// </summary>
public sealed record Affiliation(Guid OrganisationId, string Relation)
{
    public const string Shareholder = "shareholder";
    public const string Partner = "partner";

    private Affiliation()
        : this(Guid.Empty, "")
    {
    }
}

/// <summary>
/// What a start-up writes: team, SPI, stage, pitch (it/en: at least one), traction, international
/// ambitions and consent to share the application with CEIP. A submission freezes a copy.
/// </summary>
public sealed record ApplicationContent(
    List<TeamMember> Team,
    string PrioritySystem,
    StartupStage Stage,
    string PitchIt,
    string PitchEn,
    Traction Traction,
    List<string> TargetCountries,
    bool ShareWithCeip,
    List<Affiliation> Affiliations)
{
    private ApplicationContent()
        : this([], "", StartupStage.Idea, "", "", new Traction(0, 0, 0), [], false, [])
    {
    }

    private static readonly JsonSerializerOptions CanonicalJson = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>SHA-256 of the canonical JSON, hex: the receipt's proof of what was submitted.</summary>
    public string Hash(Guid applicationId, Guid organisationId) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { applicationId, organisationId, content = this }, CanonicalJson)));

    public bool IsAffiliatedWith(Guid organisationId) => Affiliations.Any(a => a.OrganisationId == organisationId);
}
