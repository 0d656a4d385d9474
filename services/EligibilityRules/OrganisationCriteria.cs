using PiedmontSystem.Contracts;

namespace PiedmontSystem.EligibilityRules;

/// <summary>
/// The per-organisation criteria of an opportunity. An empty list allows any value; the flags are
/// off unless the programme sets them. The programmes' own criteria are built by
/// <see cref="ProgrammeCriteria"/>, so a service and the portal build them the same way.
/// </summary>
public sealed record OrganisationCriteria
{
    /// <summary>Organisation kinds admitted; empty: any.</summary>
    public IReadOnlyCollection<string> Kinds { get; init; } = [];

    /// <summary>Size classes admitted; empty: any.</summary>
    public IReadOnlyCollection<string> SizeClasses { get; init; } = [];

    /// <summary>Whether <see cref="SizeClasses"/> binds only enterprises (a funding call's rule) or every organisation (an intake's).</summary>
    public bool SizeClassesBindEnterprisesOnly { get; init; }

    /// <summary>Only innovative start-ups.</summary>
    public bool InnovativeStartupsOnly { get; init; }

    /// <summary>Innovative start-ups or SMEs (micro, small, medium).</summary>
    public bool StartupsOrSmesOnly { get; init; }

    /// <summary>Provinces admitted; empty: any (an organisation with no province recorded too).</summary>
    public IReadOnlyCollection<string> Provinces { get; init; } = [];

    /// <summary>SPIs of which the organisation must declare at least one; empty: any.</summary>
    public IReadOnlyCollection<string> PrioritySystems { get; init; } = [];

    /// <summary>Founded on or after this day, when set.</summary>
    public DateOnly? FoundedFrom { get; init; }

    /// <summary>Founded on or before this day, when set.</summary>
    public DateOnly? FoundedTo { get; init; }

    /// <summary>The criteria an opportunity open to everyone has.</summary>
    public static OrganisationCriteria None { get; } = new();
}

/// <summary>The per-organisation rules an organisation can fail, in the order they are checked.</summary>
public enum OrganisationRule
{
    Kind,
    InnovativeStartup,
    StartupOrSme,
    SizeClass,
    FoundingDateUnknown,
    FoundingDate,
    Province,
    PrioritySystems,
}

/// <summary>The criteria each programme sets on organisations, built in one place.</summary>
public static class ProgrammeCriteria
{
    /// <summary>A funding call: its kinds, and its size classes for enterprises only (other kinds have no size class rule).</summary>
    public static OrganisationCriteria FundingCall(IReadOnlyCollection<string> kinds, IReadOnlyCollection<string> sizeClasses) => new()
    {
        Kinds = kinds,
        SizeClasses = sizeClasses,
        SizeClassesBindEnterprisesOnly = true,
    };

    /// <summary>
    /// An accelerator intake: its kinds, size classes, provinces and founding window; innovative
    /// start-ups only, or else innovative start-ups and SMEs.
    /// </summary>
    public static OrganisationCriteria AcceleratorIntake(
        IReadOnlyCollection<string> kinds, IReadOnlyCollection<string> sizeClasses, bool innovativeStartupsOnly,
        IReadOnlyCollection<string> provinces, DateOnly? foundedFrom = null, DateOnly? foundedTo = null) => new()
    {
        Kinds = kinds,
        SizeClasses = sizeClasses,
        InnovativeStartupsOnly = innovativeStartupsOnly,
        StartupsOrSmesOnly = !innovativeStartupsOnly,
        Provinces = provinces,
        FoundedFrom = foundedFrom,
        FoundedTo = foundedTo,
    };

    /// <summary>
    /// Meet the corporates: enterprises that are innovative start-ups or SMEs, based in Piedmont,
    /// working in one of the session's SPIs (any, when the session names none).
    /// </summary>
    public static OrganisationCriteria MeetTheCorporates(IReadOnlyCollection<string> sessionPrioritySystems) => new()
    {
        Kinds = ["enterprise"],
        StartupsOrSmesOnly = true,
        Provinces = ReferenceCodes.Provinces,
        PrioritySystems = sessionPrioritySystems,
    };
}
