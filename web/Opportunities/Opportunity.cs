using PiedmontSystem.Contracts;
using PiedmontSystem.EligibilityRules;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Web.Opportunities;

/// <summary>
/// One opportunity of the feed (a funding call, an accelerator intake, a Meet the corporates
/// session, an international event, a partnering profile), as the services' events last described
/// it. The criteria lists name the codes admitted, the whole reference list when the opportunity
/// sets no limit, so every filter is one array containment an index serves.
/// </summary>
public sealed class Opportunity
{
    private Opportunity()
    {
    }

    /// <summary>The id the publishing service gave it (call, intake, session, event or profile id).</summary>
    public Guid Id { get; private set; }

    public string Type { get; private set; } = "";

    /// <summary>The code of a call or intake, the reference of a partnering profile.</summary>
    public string? Code { get; private set; }

    public string TitleIt { get; private set; } = "";
    public string TitleEn { get; private set; } = "";

    /// <summary>When it opens; null when it is open from publication.</summary>
    public DateTimeOffset? OpensAt { get; private set; }

    /// <summary>The last instant it takes applications or registrations (a partnering profile: the end of its last public day).</summary>
    public DateTimeOffset DeadlineAt { get; private set; }

    /// <summary>When a close (or withdrawal) event closed it before or at its deadline.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>A withdrawn partnering profile is no longer public: it leaves every list.</summary>
    public bool Withdrawn { get; private set; }

    public List<string> OpenToKinds { get; private set; } = [.. ReferenceCodes.OrganisationKinds];
    public List<string> OpenToSizeClasses { get; private set; } = [.. ReferenceCodes.SizeClasses];
    public List<string> OpenToProvinces { get; private set; } = [.. ReferenceCodes.Provinces];

    /// <summary>SPIs it is for (all six when it names none).</summary>
    public List<string> PrioritySystems { get; private set; } = [.. ReferenceCodes.PrioritySystems];

    public bool InnovativeStartupsOnly { get; private set; }
    public bool StartupsOrSmesOnly { get; private set; }

    /// <summary>The organisation that owns a partnering profile (it cannot answer its own).</summary>
    public Guid? OwnerOrganisationId { get; private set; }

    public decimal? BudgetEur { get; private set; }

    /// <summary>The kind of an international event (trade-mission, fair, b2b-day) or of a partnering profile (e.g. technology-offer).</summary>
    public string? Detail { get; private set; }

    public string? Place { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the host country of an international event.</summary>
    public string? Country { get; private set; }

    /// <summary>When a session or event takes place.</summary>
    public DateTimeOffset? StartsAt { get; private set; }

    /// <summary>The portal page of the opportunity.</summary>
    public string Path { get; private set; } = "";

    /// <summary>When it was published; null while only a later event (e.g. a close that overtook the publication) is known.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the change this row reflects happened; older events never overwrite newer ones.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public OpportunityStatus StatusAt(DateTimeOffset now) =>
        ClosedAt is not null || now > DeadlineAt ? OpportunityStatus.Closed
        : OpensAt > now ? OpportunityStatus.Forthcoming
        : OpportunityStatus.Open;

    /// <summary>
    /// The per-organisation criteria the publishing service applies, as far as its events carry
    /// them (a call's size classes and consortium rules, an intake's size classes and founding
    /// window are not in the events). International events and partnering profiles have none.
    /// </summary>
    public OrganisationCriteria Criteria() => Type switch
    {
        OpportunityTypes.Call => ProgrammeCriteria.FundingCall(Limit(OpenToKinds, ReferenceCodes.OrganisationKinds), []) with
        {
            PrioritySystems = Limit(PrioritySystems, ReferenceCodes.PrioritySystems),
        },
        OpportunityTypes.Intake => ProgrammeCriteria.AcceleratorIntake(
            Limit(OpenToKinds, ReferenceCodes.OrganisationKinds), [], InnovativeStartupsOnly, Limit(OpenToProvinces, ReferenceCodes.Provinces)) with
        {
            PrioritySystems = Limit(PrioritySystems, ReferenceCodes.PrioritySystems),
        },
        OpportunityTypes.Session => ProgrammeCriteria.MeetTheCorporates(Limit(PrioritySystems, ReferenceCodes.PrioritySystems)),
        _ => OrganisationCriteria.None,
    };

    /// <summary>The whole reference list means no limit.</summary>
    private static List<string> Limit(List<string> admitted, IReadOnlyList<string> all) =>
        all.All(admitted.Contains) ? [] : admitted;

    private static List<string> OpenTo(IReadOnlyList<string>? admitted, IReadOnlyList<string> all) =>
        admitted is null || admitted.Count == 0 ? [.. all] : [.. admitted.Distinct()];

    /// <summary>A row for an opportunity heard of first through a later event; its publication fills it in.</summary>
    internal static Opportunity Unpublished(string type, Guid id, DateTimeOffset changedAt) => new()
    {
        Id = id,
        Type = type,
        Path = OpportunityTypes.PathOf(type, id),
        ChangedAt = changedAt,
    };

    /// <summary>Whether an event that happened at <paramref name="occurredAt"/> is not older than what this row shows.</summary>
    internal bool IsCurrent(DateTimeOffset occurredAt) => occurredAt >= ChangedAt;

    internal void Publish(CallPublished e)
    {
        Describe(e.Code, e.TitleIt, e.TitleEn, e.OccurredAt);
        OpenToKinds = OpenTo(e.EligibleKinds, ReferenceCodes.OrganisationKinds);
        PrioritySystems = OpenTo(e.EligiblePrioritySystems, ReferenceCodes.PrioritySystems);
        Detail = e.Instrument;
        Schedule(e.OpensAt, e.DeadlineAt, e.BudgetEur, e.OccurredAt);
    }

    internal void Publish(IntakePublished e)
    {
        Describe(e.Code, e.TitleIt, e.TitleEn, e.OccurredAt);
        OpenToKinds = OpenTo(e.EligibleKinds, ReferenceCodes.OrganisationKinds);
        OpenToProvinces = OpenTo(e.EligibleProvinces, ReferenceCodes.Provinces);
        PrioritySystems = OpenTo(e.PrioritySystems, ReferenceCodes.PrioritySystems);
        InnovativeStartupsOnly = e.InnovativeStartupsOnly;
        StartupsOrSmesOnly = !e.InnovativeStartupsOnly;
        Schedule(e.OpensAt, e.DeadlineAt, null, e.OccurredAt);
    }

    internal void Publish(SessionPublished e)
    {
        Describe(null, e.TitleIt, e.TitleEn, e.OccurredAt);
        var criteria = ProgrammeCriteria.MeetTheCorporates(e.PrioritySystems);
        OpenToKinds = OpenTo([.. criteria.Kinds], ReferenceCodes.OrganisationKinds);
        OpenToProvinces = OpenTo([.. criteria.Provinces], ReferenceCodes.Provinces);
        StartupsOrSmesOnly = criteria.StartupsOrSmesOnly;
        PrioritySystems = OpenTo(e.PrioritySystems, ReferenceCodes.PrioritySystems);
        Place = e.Place;
        StartsAt = e.StartsAt;
        Schedule(null, e.RegistrationDeadline, null, e.OccurredAt);
    }

    internal void Publish(InternationalEventPublished e)
    {
        Describe(null, e.TitleIt, e.TitleEn, e.OccurredAt);
        PrioritySystems = OpenTo(e.PrioritySystems, ReferenceCodes.PrioritySystems);
        Detail = e.Kind;
        Place = e.City;
        Country = e.Country;
        StartsAt = e.StartsAt;
        Schedule(null, e.RegistrationDeadline, null, e.OccurredAt);
    }

    internal void Publish(PartneringProfilePublished e)
    {
        Describe(e.Reference, e.TitleIt, e.TitleEn, e.OccurredAt);
        PrioritySystems = OpenTo(e.PrioritySystems, ReferenceCodes.PrioritySystems);
        Detail = $"{e.Kind}-{e.Direction}";
        OwnerOrganisationId = e.OrganisationId;
        // Public until the end of its last day in Rome.
        var lastDay = e.ExpiresOn.ToDateTime(new TimeOnly(23, 59, 59));
        Schedule(null, new DateTimeOffset(lastDay, RomeInstants.Zone.GetUtcOffset(lastDay)), null, e.OccurredAt);
    }

    /// <summary>
    /// A publication's opening, deadline and budget: they replace what the row shows unless a newer
    /// event (an amendment that overtook it) already set them.
    /// </summary>
    private void Schedule(DateTimeOffset? opensAt, DateTimeOffset deadlineAt, decimal? budgetEur, DateTimeOffset occurredAt)
    {
        if (IsCurrent(occurredAt))
        {
            (OpensAt, DeadlineAt, BudgetEur, ChangedAt) = (opensAt, deadlineAt, budgetEur, occurredAt);
        }
        else if (DeadlineAt == default)
        {
            (OpensAt, DeadlineAt, BudgetEur) = (opensAt, deadlineAt, BudgetEur ?? budgetEur);
        }
    }

    /// <summary>A new opening, deadline or budget (an amendment, an opening that confirms the deadline).</summary>
    internal void Reschedule(DateTimeOffset? opensAt, DateTimeOffset deadlineAt, decimal? budgetEur, DateTimeOffset occurredAt)
    {
        if (!IsCurrent(occurredAt))
        {
            return;
        }
        OpensAt = opensAt ?? OpensAt;
        DeadlineAt = deadlineAt;
        BudgetEur = budgetEur ?? BudgetEur;
        ChangedAt = occurredAt;
    }

    internal void Close(DateTimeOffset occurredAt, bool withdrawn = false)
    {
        if (!IsCurrent(occurredAt))
        {
            return;
        }
        ClosedAt = occurredAt;
        Withdrawn = withdrawn;
        ChangedAt = occurredAt;
    }

    /// <summary>The texts only a publication carries: set by it whatever its age, since no other event changes them.</summary>
    private void Describe(string? code, string titleIt, string titleEn, DateTimeOffset publishedAt)
    {
        Code = code;
        TitleIt = titleIt;
        TitleEn = titleEn;
        PublishedAt = PublishedAt is { } earlier && earlier < publishedAt ? earlier : publishedAt;
    }
}

public enum OpportunityStatus
{
    Forthcoming,
    Open,
    Closed,
}
