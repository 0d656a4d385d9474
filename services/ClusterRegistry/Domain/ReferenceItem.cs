using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>The kinds of reference data the registry keeps.</summary>
public enum ReferenceCategory
{
    Province,
    PrioritySystem,
    InnovationComponent,
    TransversalRole,
}

/// <summary>
/// A reference code with its Italian and English name: a province, an S3 priority innovation
/// system (SPI), a transversal innovation component (CTI) or a transversal role in Sistema Poli
/// Piemonte. Seeded at start; regional officers may edit names, and seeding never overwrites them.
/// </summary>
public sealed class ReferenceItem
{
    private ReferenceItem()
    {
    }

    public ReferenceCategory Category { get; private set; }
    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("", "");
    public int SortOrder { get; private set; }

    public static ReferenceItem Create(ReferenceCategory category, string code, LocalizedText name, int sortOrder) => new()
    {
        Category = category,
        Code = code,
        Name = name,
        SortOrder = sortOrder,
    };

    public void Rename(LocalizedText name) => Name = name;
}
