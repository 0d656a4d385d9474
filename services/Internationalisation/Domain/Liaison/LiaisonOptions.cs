using System.ComponentModel.DataAnnotations;

namespace PiedmontSystem.Internationalisation.Domain.Liaison;

/// <summary>Settings under <c>Internationalisation:Liaison</c>.</summary>
public sealed class LiaisonOptions
{
    public const string Section = "Internationalisation:Liaison";

    /// <summary>A request still new after this many working days (Mon–Fri, Italian national holidays skipped) is flagged.</summary>
    [Range(1, 60)]
    public int AssessWithinWorkingDays { get; set; } = 5;

    public DateTimeOffset AssessBy(DateTimeOffset openedAt) => WorkingDays.DeadlineAfter(openedAt, AssessWithinWorkingDays);
}
