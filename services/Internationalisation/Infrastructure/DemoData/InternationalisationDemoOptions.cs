namespace PiedmontSystem.Internationalisation.Infrastructure.DemoData;

/// <summary>
/// <c>Internationalisation:DemoData</c>: a synthetic year of CEIP work, loaded once when
/// <see cref="Enabled"/> (<c>./piedmont run --demo-data</c> sets it) as soon as the registry's
/// synthetic organisations have reached this service's copy of the directory.
/// </summary>
public sealed class InternationalisationDemoOptions
{
    public const string Section = "Internationalisation:DemoData";

    public bool Enabled { get; set; }

    /// <summary>How many synthetic organisations to wait for before loading (the registry loads 1,200).</summary>
    public int MinimumOrganisations { get; set; } = 400;

    /// <summary>How long to wait for them before giving up (logged).</summary>
    public TimeSpan WaitFor { get; set; } = TimeSpan.FromMinutes(10);
}
