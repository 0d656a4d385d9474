using System.Security.Cryptography;
using System.Text.Json;

namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>A partner of a proposal and its share of the project's costs.</summary>
public sealed record PartnerShare(Guid OrganisationId, Money BudgetEur);

/// <summary>
/// What an applicant writes: the lead's own costs, the partners with theirs, the SPI and CTIs,
/// the cluster asked to endorse it, and the grant requested. A submission freezes a copy.
/// </summary>
public sealed record ProposalContent(
    string Title,
    string Summary,
    string PrioritySystem,
    List<string> Components,
    string? EndorsingClusterCode,
    Money LeadBudgetEur,
    List<PartnerShare> Partners,
    Money RequestedGrantEur)
{
    // EF Core materialises JSON records that nest other records through this constructor.
    private ProposalContent()
        : this("", "", "", [], null, Money.Zero, [], Money.Zero)
    {
    }

    private static readonly JsonSerializerOptions CanonicalJson = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public Money TotalCostEur => LeadBudgetEur + Money.Sum(Partners.Select(p => p.BudgetEur));

    public IEnumerable<Guid> PartnerIds => Partners.Select(p => p.OrganisationId);

    /// <summary>
    /// SHA-256 of the content's canonical JSON, hex: the receipt's proof of what was submitted.
    /// The same content always gives the same hash; any change gives another.
    /// </summary>
    public string Hash(Guid proposalId, Guid leadOrganisationId)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new { proposalId, leadOrganisationId, content = this }, CanonicalJson);
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }
}
