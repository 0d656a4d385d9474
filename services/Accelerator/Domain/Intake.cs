using System.Linq.Expressions;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Domain;

/// <summary>
/// Where an intake stands: drafted by managers; published, forthcoming until its opening; open
/// until its deadline; closed after it (the clock, or a manager closing it early).
/// </summary>
public enum IntakeStatus
{
    Draft,
    Forthcoming,
    Open,
    Closed,
}

/// <summary>
/// One year's intake of a programme: who may apply, the window (Europe/Rome, the same deadline
/// rules and clock as funding calls), the cohort's capacity, the services and who delivers them,
/// and the rubric reviewers score against.
/// </summary>
public sealed class Intake
{
    private Intake()
    {
    }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string Code { get; private set; } = "";
    public int Year { get; private set; }
    public LocalizedText Title { get; private set; } = new("", "");
    public LocalizedText Description { get; private set; } = new("", "");
    public List<string> PrioritySystems { get; private set; } = [];
    public IntakeEligibility Eligibility { get; private set; } = null!;
    public DateTimeOffset OpensAt { get; private set; }
    public RomeDeadline Deadline { get; private set; }
    public int CohortCapacity { get; private set; }
    public int ServiceMonths { get; private set; }
    public List<CatalogueService> Services { get; private set; } = [];
    public List<Guid> ProviderIds { get; private set; } = [];
    public List<RubricCriterion> Rubric { get; private set; } = [];
    public List<IntakeAmendment> Amendments { get; private set; } = [];
    public IntakeStatus Status { get; private set; }
    public string? ClosedEarlyReason { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? CohortCompletedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static Intake Draft(Guid programmeId, IntakeTerms terms, DateTimeOffset now)
    {
        var intake = new Intake { Id = Guid.CreateVersion7(now), ProgrammeId = programmeId, Status = IntakeStatus.Draft, CreatedAt = now };
        intake.Apply(terms, now);
        return intake;
    }

    public void Revise(Guid programmeId, IntakeTerms terms, DateTimeOffset now)
    {
        Require(IntakeStatus.Draft, "revised (amend it instead)");
        ProgrammeId = programmeId;
        Apply(terms, now);
    }

    /// <summary>The status the clock gives the intake now; <see cref="Status"/> is the one last written.</summary>
    public IntakeStatus StatusAt(DateTimeOffset now) => Status switch
    {
        IntakeStatus.Forthcoming or IntakeStatus.Open when Deadline.HasPassedAt(now) => IntakeStatus.Closed,
        IntakeStatus.Forthcoming when now >= OpensAt => IntakeStatus.Open,
        _ => Status,
    };

    /// <summary>The rule of <see cref="StatusAt"/> as a query.</summary>
    public static Expression<Func<Intake, bool>> HasStatusAt(IntakeStatus status, DateTimeOffset now) => status switch
    {
        IntakeStatus.Forthcoming => i => i.Status == IntakeStatus.Forthcoming && i.OpensAt > now && i.Deadline >= now,
        IntakeStatus.Open => i => (i.Status == IntakeStatus.Forthcoming || i.Status == IntakeStatus.Open) && i.OpensAt <= now && i.Deadline >= now,
        IntakeStatus.Closed => i => i.Status == IntakeStatus.Closed || ((i.Status == IntakeStatus.Forthcoming || i.Status == IntakeStatus.Open) && i.Deadline < now),
        _ => i => i.Status == status,
    };

    public static Expression<Func<Intake, bool>> IsDueToMoveAt(DateTimeOffset now) =>
        i => (i.Status == IntakeStatus.Forthcoming && i.OpensAt <= now) || ((i.Status == IntakeStatus.Forthcoming || i.Status == IntakeStatus.Open) && i.Deadline < now);

    public void Publish(DateTimeOffset now)
    {
        Require(IntakeStatus.Draft, "published");
        if (Deadline.HasPassedAt(now))
        {
            throw new RequestValidationException("deadlineAt", "The deadline has already passed; revise the draft before publishing it.");
        }
        Status = IntakeStatus.Forthcoming;
        PublishedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Moves the status to what the clock says; true when it changed.</summary>
    public bool FollowClock(DateTimeOffset now)
    {
        var current = StatusAt(now);
        if (current == Status)
        {
            return false;
        }
        Status = current;
        UpdatedAt = now;
        return true;
    }

    /// <summary>
    /// Applications may be started and edited once the intake is published, until its deadline.
    /// An intake the clock has closed is judged by its deadline, not its status: a request that
    /// arrived at the deadline instant may be handled after the clock has moved the status on.
    /// </summary>
    public void CheckAcceptsDrafts(DateTimeOffset now)
    {
        var closedEarly = Status == IntakeStatus.Closed && ClosedEarlyReason is not null;
        var closedByTheClock = Status == IntakeStatus.Closed && ClosedEarlyReason is null;
        if ((Status is not (IntakeStatus.Forthcoming or IntakeStatus.Open) && !closedByTheClock) || Deadline.HasPassedAt(now))
        {
            throw closedEarly && !Deadline.HasPassedAt(now)
                ? CommonRules.InvalidTransition("intake", "closed early", "applied to")
                : DeadlineRules.DeadlinePassed("intake", Code, Deadline, now);
        }
    }

    /// <summary>Submissions count from the opening until the deadline instant, judged on the request's arrival.</summary>
    public void CheckAcceptsSubmissions(DateTimeOffset now)
    {
        CheckAcceptsDrafts(now);
        if (now < OpensAt)
        {
            throw DeadlineRules.NotOpenYet("intake", Code, OpensAt);
        }
    }

    /// <summary>
    /// Changes a published intake, recording why. The opening moves only before it has come; the
    /// deadline and capacity while applications are taken; an open intake's deadline is never
    /// brought forward (applicants plan on it: close early instead, with a reason).
    /// </summary>
    public IntakeAmendment Amend(string reason, DateTimeOffset? opensAt, RomeDeadline? deadline, int? capacity, LocalizedText? description, string by, DateTimeOffset now)
    {
        var status = StatusAt(now);
        if (status == IntakeStatus.Draft)
        {
            throw CommonRules.InvalidTransition("intake", "a draft", "amended (revise it instead)");
        }
        var changes = new List<string>();
        if (opensAt is { } opening && opening != OpensAt)
        {
            if (status != IntakeStatus.Forthcoming)
            {
                throw new RequestValidationException("opensAt", "The intake has opened; its opening can no longer change.");
            }
            changes.Add($"opensAt: {Show(OpensAt)} → {Show(opening)}");
            OpensAt = opening;
        }
        if (deadline is { } newDeadline && newDeadline != Deadline)
        {
            if (status == IntakeStatus.Closed)
            {
                throw new RequestValidationException("deadlineAt", "The intake is closed; its deadline can no longer change.");
            }
            if (status == IntakeStatus.Open && newDeadline < Deadline)
            {
                throw new RequestValidationException("deadlineAt", "An open intake's deadline is not brought forward; close the intake early with a reason instead.");
            }
            changes.Add($"deadlineAt: {Deadline} → {newDeadline}");
            Deadline = newDeadline;
        }
        if (Deadline.Instant <= OpensAt)
        {
            throw new RequestValidationException("deadlineAt", "The deadline must come after the opening.");
        }
        if (capacity is { } seats && seats != CohortCapacity)
        {
            changes.Add($"cohortCapacity: {CohortCapacity} → {seats}");
            CohortCapacity = seats;
        }
        if (description is not null && description != Description)
        {
            changes.Add("description");
            Description = description;
        }
        if (changes.Count == 0)
        {
            throw new RequestValidationException("reason", "The amendment changes nothing: give a new opening, deadline, capacity or description.");
        }
        var amendment = new IntakeAmendment(now, by, reason, changes);
        Amendments.Add(amendment);
        UpdatedAt = now;
        return amendment;
    }

    /// <summary>Stops taking applications before the deadline, with the reason applicants are told.</summary>
    public void CloseEarly(string reason, DateTimeOffset now)
    {
        var status = StatusAt(now);
        if (status is not (IntakeStatus.Forthcoming or IntakeStatus.Open))
        {
            throw CommonRules.InvalidTransition("intake", Describe(status), "closed");
        }
        Status = IntakeStatus.Closed;
        ClosedEarlyReason = reason;
        UpdatedAt = now;
    }

    /// <summary>Selection starts once applications are no longer taken.</summary>
    public void CheckInSelection(DateTimeOffset now)
    {
        if (StatusAt(now) != IntakeStatus.Closed)
        {
            throw CommonRules.InvalidTransition("intake", Describe(StatusAt(now)), "selected from (applications are still taken until the deadline)");
        }
    }

    public void MarkCohortCompleted(DateTimeOffset now)
    {
        CohortCompletedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Weighted rubric average (0–10), two decimals; null until every criterion is scored.</summary>
    public decimal? WeightedScore(IReadOnlyDictionary<string, decimal> scores)
    {
        if (Rubric.Count == 0 || Rubric.Any(c => !scores.ContainsKey(c.Code)))
        {
            return null;
        }
        var weights = Rubric.Sum(c => c.Weight);
        return Math.Round(Rubric.Sum(c => scores[c.Code] * c.Weight) / weights, 2, MidpointRounding.AwayFromZero);
    }

    public static string Describe(IntakeStatus status) => QueryValues.Kebab(status);

    private void Apply(IntakeTerms terms, DateTimeOffset now)
    {
        if (terms.Deadline.Instant <= terms.OpensAt)
        {
            throw new RequestValidationException("deadlineAt", "The deadline must come after the opening.");
        }
        Code = terms.Code;
        Year = terms.Year;
        Title = terms.Title;
        Description = terms.Description;
        PrioritySystems = [.. terms.PrioritySystems];
        Eligibility = terms.Eligibility;
        OpensAt = terms.OpensAt;
        Deadline = terms.Deadline;
        CohortCapacity = terms.CohortCapacity;
        ServiceMonths = terms.ServiceMonths;
        Services = [.. terms.Services];
        ProviderIds = [.. terms.ProviderIds];
        Rubric = [.. terms.Rubric];
        UpdatedAt = now;
    }

    private void Require(IntakeStatus expected, string action)
    {
        if (Status != expected)
        {
            throw CommonRules.InvalidTransition("intake", Describe(Status), action);
        }
    }

    private static string Show(DateTimeOffset instant) => RomeTime.Show(instant).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
