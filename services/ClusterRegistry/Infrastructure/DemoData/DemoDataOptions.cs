namespace PiedmontSystem.ClusterRegistry.Infrastructure.DemoData;

/// <summary>
/// <c>Registry:DemoData</c>: a synthetic population loaded at start when <see cref="Organisations"/>
/// is above zero and none is loaded yet (<c>./piedmont run --demo-data</c> sets it to 1,200).
/// </summary>
public sealed class DemoDataOptions
{
    public const string Section = "Registry:DemoData";

    public int Organisations { get; set; }

    /// <summary>Memberships to create; by default about 1.2 per organisation (some cross-cluster), as in the seed figures.</summary>
    public int? Memberships { get; set; }

    public int Projects { get; set; } = 1200;
    public int Collaborations { get; set; } = 210;

    /// <summary>Announce the synthetic organisations and memberships as events (off for large benchmark loads).</summary>
    public bool PublishEvents { get; set; } = true;
}
