namespace PiedmontSystem.Internationalisation.Domain;

/// <summary>
/// CEIP's own view of an organisation it can assist abroad, kept from the registry's events
/// (no service reads another's tables).
/// </summary>
public sealed class Client
{
    private Client()
    {
    }

    public Guid OrganisationId { get; private set; }
    public string LegalName { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string Province { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }

    public static Client FromRegistration(Guid organisationId, string legalName, string kind, string province, DateTimeOffset registeredAt) => new()
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
