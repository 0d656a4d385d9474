namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>Public administration or private company buying.</summary>
public enum BuyerKind
{
    Public,
    Private,
}

/// <summary>What describes a buyer, as a manager writes it.</summary>
public sealed record BuyerProfile(string Name, BuyerKind Kind, string Country, string Region, Guid? RegistryOrganisationId, string? Website);

/// <summary>
/// A large buyer, public or private, from Piedmont or from outside it, that meets start-ups and
/// SMEs at Meet the corporates sessions. Its users are organisation users whose <c>org</c> claim is
/// <see cref="OrganisationId"/>: the registry's id when the buyer is in the registry, otherwise
/// the buyer's own id, which the identity service puts in their token.
/// </summary>
public sealed class Buyer
{
    private Buyer()
    {
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public BuyerKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string Country { get; private set; } = "";

    /// <summary>The region (Piemonte, Lombardia, Auvergne-Rhône-Alpes…).</summary>
    public string Region { get; private set; } = "";

    /// <summary>Kept with the origin so indicators can count buyers from outside in the database.</summary>
    public bool FromOutsideRegion { get; private set; }

    /// <summary>The buyer's id in the registry, when it is registered there.</summary>
    public Guid? RegistryOrganisationId { get; private set; }

    /// <summary>The <c>org</c> claim of the buyer's users: the registry id, or the buyer's own id.</summary>
    public Guid OrganisationId { get; private set; }

    public string? Website { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static Buyer Create(BuyerProfile profile, DateTimeOffset now)
    {
        var buyer = new Buyer { Id = Guid.CreateVersion7(now), CreatedAt = now };
        buyer.Apply(profile, now);
        return buyer;
    }

    public void Revise(BuyerProfile profile, DateTimeOffset now) => Apply(profile, now);

    private void Apply(BuyerProfile profile, DateTimeOffset now)
    {
        Name = profile.Name.Trim();
        Kind = profile.Kind;
        Country = profile.Country.ToUpperInvariant();
        Region = profile.Region.Trim();
        FromOutsideRegion = BuyerOrigin.IsOutsideRegion(Country, Region);
        RegistryOrganisationId = profile.RegistryOrganisationId;
        OrganisationId = profile.RegistryOrganisationId ?? Id;
        Website = profile.Website;
        UpdatedAt = now;
    }
}
