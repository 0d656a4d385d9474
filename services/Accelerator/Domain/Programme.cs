using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Domain;

/// <summary>
/// A Business Accelerator programme as the seed describes it: a pilot in one or two S3 sectors
/// (SPIs), one intake a year for <see cref="Years"/> years, then an evaluation.
/// </summary>
public sealed class AcceleratorProgramme
{
    private AcceleratorProgramme()
    {
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("", "");
    public List<string> PrioritySystems { get; private set; } = [];
    public int FirstYear { get; private set; }
    public int Years { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The programme year (1, 2, 3…) an intake of the calendar year <paramref name="year"/> belongs to.</summary>
    public int ProgrammeYearOf(int year) => year - FirstYear + 1;

    public bool Covers(int year) => year >= FirstYear && year < FirstYear + Years;

    public static AcceleratorProgramme Create(string code, LocalizedText name, IReadOnlyList<string> prioritySystems, int firstYear, int years, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = code,
        Name = name,
        PrioritySystems = [.. prioritySystems],
        FirstYear = firstYear,
        Years = years,
        CreatedAt = now,
    };
}
