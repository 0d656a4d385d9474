namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>
/// The funding service's own view of an organisation that may apply to calls, kept from the
/// registry's events (no service reads another's tables). Eligibility checks read it.
/// </summary>
public sealed class Applicant
{
    private Applicant()
    {
    }

    public Guid OrganisationId { get; private set; }
    public string LegalName { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string Province { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }

    public static Applicant FromRegistration(Guid organisationId, string legalName, string kind, string province, DateTimeOffset registeredAt) => new()
    {
        OrganisationId = organisationId,
        LegalName = legalName,
        Kind = kind,
        Province = province,
        RegisteredAt = registeredAt,
    };

    public void Update(string legalName, string kind, string province)
    {
        LegalName = legalName;
        Kind = kind;
        Province = province;
    }
}
