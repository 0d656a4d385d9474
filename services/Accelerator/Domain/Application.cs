using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Domain;

/// <summary>
/// Where an application stands. Draft → submitted → screened eligible or ineligible → decided:
/// admitted, wait-listed or rejected. Admitted start-ups are the cohort: they complete the
/// programme or drop out. Withdrawn by the applicant at any point before a decision.
/// </summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    Eligible,
    Ineligible,
    Admitted,
    WaitListed,
    Rejected,
    Completed,
    DroppedOut,
    Withdrawn,
}

/// <summary>The outcome of an interview.</summary>
public enum InterviewOutcome
{
    Passed,
    Failed,
    NoShow,
}

/// <summary>The receipt of one submission: proof of what was submitted, and when.</summary>
public sealed record ApplicationReceipt(Guid ApplicationId, int Version, DateTimeOffset SubmittedAt, string ContentHash);

/// <summary>One eligibility rule the applicant fails: a stable code, the field, and what is wrong.</summary>
public sealed record EligibilityFailure(string Rule, string Field, string Message)
{
    private EligibilityFailure()
        : this("", "", "")
    {
    }
}

/// <summary>The interview: when, where (a room or a video link), and how it went.</summary>
public sealed record Interview(DateTimeOffset At, string Place, InterviewOutcome? Outcome, string? Notes)
{
    private Interview()
        : this(default, "", null, null)
    {
    }
}

/// <summary>
/// A start-up's application to an intake, by one organisation. <see cref="Content"/> is the working
/// copy; <see cref="Submitted"/> the version that counts, replaced by each re-submission until the
/// deadline. Selection and the cohort (completion, drop-out) are recorded on it too.
/// </summary>
public sealed class Application
{
    private Application()
    {
    }

    public Guid Id { get; private set; }
    public Guid IntakeId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public ApplicationContent Content { get; private set; } = null!;
    public ApplicationContent? Submitted { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public int SubmissionVersion { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? ContentHash { get; private set; }
    public List<EligibilityFailure> EligibilityFailures { get; private set; } = [];
    public string? ScreeningReason { get; private set; }
    public Interview? Interview { get; private set; }
    public decimal? Score { get; private set; }
    public int? WaitListPosition { get; private set; }
    public string? DecisionReason { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateTimeOffset? AdmittedAt { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public DateOnly? DroppedOutOn { get; private set; }
    public string? DropOutReason { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>The content selection judges: the submitted version, or the draft before any submission.</summary>
    public ApplicationContent Current => Submitted ?? Content;

    public bool HasUnsubmittedChanges => Submitted is null || Content.Hash(Id, OrganisationId) != ContentHash;

    public ApplicationReceipt? LastReceipt => SubmittedAt is { } at ? new ApplicationReceipt(Id, SubmissionVersion, at, ContentHash!) : null;

    /// <summary>In the cohort: admitted, and neither completed nor dropped out.</summary>
    public bool IsActiveInCohort => Status == ApplicationStatus.Admitted;

    /// <summary>Admitted to the cohort at some point: in it now, completed or dropped out.</summary>
    public bool JoinedCohort => Status is ApplicationStatus.Admitted or ApplicationStatus.Completed or ApplicationStatus.DroppedOut;

    /// <summary>Holding a seat of the cohort: admitted or completed (a drop-out frees the seat).</summary>
    public static readonly ApplicationStatus[] SeatHolding = [ApplicationStatus.Admitted, ApplicationStatus.Completed];

    public static Application Start(Guid intakeId, Guid organisationId, ApplicationContent content, DateTimeOffset now)
    {
        var application = new Application
        {
            Id = Guid.CreateVersion7(now),
            IntakeId = intakeId,
            OrganisationId = organisationId,
            Status = ApplicationStatus.Draft,
            CreatedAt = now,
        };
        application.Edit(content, now);
        return application;
    }

    public void Edit(ApplicationContent content, DateTimeOffset now)
    {
        var selfAffiliated = content.Affiliations.FindIndex(a => a.OrganisationId == OrganisationId);
        if (selfAffiliated >= 0)
        {
            throw new RequestValidationException($"affiliations[{selfAffiliated}].organisationId", "The applicant is not its own shareholder or partner.");
        }
        RequireWithApplicant("edited");
        Content = content;
        UpdatedAt = now;
    }

    /// <summary>Freezes the working copy as the version that counts, with the eligibility check's result.</summary>
    public ApplicationReceipt Submit(IReadOnlyList<EligibilityFailure> failures, DateTimeOffset now)
    {
        RequireWithApplicant("submitted");
        Submitted = Content;
        SubmissionVersion++;
        SubmittedAt = now;
        ContentHash = Content.Hash(Id, OrganisationId);
        EligibilityFailures = [.. failures];
        Status = ApplicationStatus.Submitted;
        UpdatedAt = now;
        return new ApplicationReceipt(Id, SubmissionVersion, now, ContentHash);
    }

    public void Withdraw(string? reason, DateTimeOffset now)
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.Eligible or ApplicationStatus.WaitListed))
        {
            throw CommonRules.InvalidTransition("application", Describe(Status), "withdrawn (an admitted start-up drops out instead)");
        }
        Status = ApplicationStatus.Withdrawn;
        WaitListPosition = null;
        WithdrawalReason = reason;
        UpdatedAt = now;
    }

    /// <summary>The manager's screening: eligible, or ineligible with the reason the applicant is told. Can be revised until a decision.</summary>
    public void Screen(bool eligible, string? reason, DateTimeOffset now)
    {
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.Eligible or ApplicationStatus.Ineligible))
        {
            throw CommonRules.InvalidTransition("application", Describe(Status), "screened");
        }
        if (!eligible && string.IsNullOrWhiteSpace(reason))
        {
            throw new RequestValidationException("reason", "Say why the application is ineligible; the applicant is told.");
        }
        Status = eligible ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible;
        ScreeningReason = reason;
        UpdatedAt = now;
    }

    public void RequireEligible(string action)
    {
        if (Status is not (ApplicationStatus.Eligible or ApplicationStatus.WaitListed or ApplicationStatus.Admitted or ApplicationStatus.Rejected))
        {
            throw CommonRules.InvalidTransition("application", Describe(Status), action + " (screen it eligible first)");
        }
    }

    public void ScheduleInterview(DateTimeOffset at, string place, DateTimeOffset now)
    {
        RequireUndecided("given an interview");
        Interview = new Interview(at, place, null, null);
        UpdatedAt = now;
    }

    public void RecordInterview(InterviewOutcome outcome, string? notes, DateTimeOffset now)
    {
        if (Interview is null)
        {
            throw CommonRules.InvalidTransition("application", "without an interview", "given an interview outcome (schedule the interview first)");
        }
        RequireUndecided("given an interview outcome");
        Interview = Interview with { Outcome = outcome, Notes = notes };
        UpdatedAt = now;
    }

    public void RecordScore(decimal? score, DateTimeOffset now)
    {
        Score = score;
        UpdatedAt = now;
    }

    /// <summary>Admits to the cohort; the caller has checked the cohort's capacity under the intake's lock.</summary>
    public void Admit(string? reason, DateTimeOffset now)
    {
        if (Status is not (ApplicationStatus.Eligible or ApplicationStatus.WaitListed))
        {
            throw CommonRules.InvalidTransition("application", Describe(Status), "admitted");
        }
        Status = ApplicationStatus.Admitted;
        WaitListPosition = null;
        DecisionReason = reason;
        DecidedAt = now;
        AdmittedAt = now;
        UpdatedAt = now;
    }

    public void WaitList(int position, string? reason, DateTimeOffset now)
    {
        RequireUndecided("wait-listed");
        Status = ApplicationStatus.WaitListed;
        WaitListPosition = position;
        DecisionReason = reason;
        DecidedAt = now;
        UpdatedAt = now;
    }

    public void Reject(string? reason, DateTimeOffset now)
    {
        if (Status is not (ApplicationStatus.Eligible or ApplicationStatus.WaitListed or ApplicationStatus.Submitted or ApplicationStatus.Ineligible))
        {
            throw CommonRules.InvalidTransition("application", Describe(Status), "rejected");
        }
        Status = ApplicationStatus.Rejected;
        WaitListPosition = null;
        DecisionReason = reason;
        DecidedAt = now;
        UpdatedAt = now;
    }

    public void Complete(DateOnly on, DateTimeOffset now)
    {
        RequireInCohort("completed");
        Status = ApplicationStatus.Completed;
        CompletedOn = on;
        UpdatedAt = now;
    }

    public void DropOut(DateOnly on, string reason, DateTimeOffset now)
    {
        RequireInCohort("recorded as dropped out");
        Status = ApplicationStatus.DroppedOut;
        DroppedOutOn = on;
        DropOutReason = reason;
        UpdatedAt = now;
    }

    public void RequireInCohort(string action)
    {
        if (Status != ApplicationStatus.Admitted)
        {
            throw CommonRules.InvalidTransition("application", Describe(Status), action + " (only an admitted start-up in the cohort)");
        }
    }

    public static string Describe(ApplicationStatus status) => QueryValues.Kebab(status);

    private void RequireUndecided(string action)
    {
        if (Status != ApplicationStatus.Eligible)
        {
            throw CommonRules.InvalidTransition("application", Describe(Status), action + (Status is ApplicationStatus.Submitted ? " (screen it eligible first)" : ""));
        }
    }

    private void RequireWithApplicant(string action)
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted))
        {
            throw CommonRules.InvalidTransition("application", Describe(Status), action);
        }
    }
}
