using System.Linq.Expressions;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>
/// Where a call stands. Forthcoming → open → closed follow the clock (opening and deadline);
/// the other steps are taken by regional officers.
/// </summary>
public enum CallStatus
{
    Draft,
    Forthcoming,
    Open,
    Closed,
    UnderEvaluation,
    Awarded,
    Concluded,
}

/// <summary>One changed field of an amendment, values as text.</summary>
public sealed record AmendedField(string Field, string? From, string? To);

/// <summary>An amendment of a published call: numbered, dated, signed, with its reason and changes. Never silent.</summary>
public sealed record CallAmendment(int Number, DateTimeOffset At, string By, string Reason, List<AmendedField> Changes)
{
    // EF Core materialises JSON records that nest other records through this constructor.
    private CallAmendment()
        : this(0, default, "", "", [])
    {
    }
}

/// <summary>What an officer may change in a published call.</summary>
public sealed record RequestedAmendment(string Reason, DateTimeOffset? OpensAt, RomeDeadline? Deadline, Money? BudgetEur, LocalizedText? Text);

/// <summary>
/// A call for proposals. Its terms are edited freely as a draft and frozen at publication; from
/// then on they change only by amendment. <see cref="CommittedEur"/> is the sum of the grants
/// awarded, which the database keeps at or below <see cref="BudgetEur"/>.
/// </summary>
public sealed class FundingCall
{
    private FundingCall()
    {
    }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string Code { get; private set; } = "";
    public LocalizedText Title { get; private set; } = new("", "");
    public LocalizedText Text { get; private set; } = new("", "");
    public Instrument Instrument { get; private set; }
    public List<string> EligibleKinds { get; private set; } = [];
    public List<string> EligibleSizeClasses { get; private set; } = [];
    public List<string> EligiblePrioritySystems { get; private set; } = [];
    public List<string> EligibleComponents { get; private set; } = [];
    public bool EndorsementRequired { get; private set; }
    public ConsortiumRules Consortium { get; private set; } = new(1, 1, false);
    public Money MinGrantEur { get; private set; }
    public Money MaxGrantEur { get; private set; }
    public Money BudgetEur { get; private set; }
    public Money CommittedEur { get; private set; }
    public DateTimeOffset OpensAt { get; private set; }
    public RomeDeadline Deadline { get; private set; }
    public List<EvaluationCriterion> Criteria { get; private set; } = [];
    public decimal PassThreshold { get; private set; }

    /// <summary>The status last written; <see cref="StatusAt"/> is what it is now.</summary>
    public CallStatus Status { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? EvaluationCompletedAt { get; private set; }
    public List<CallAmendment> Amendments { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public CallTerms Terms => new(Code, Title, Text, Instrument, EligibleKinds, EligibleSizeClasses, EligiblePrioritySystems, EligibleComponents,
        EndorsementRequired, Consortium, MinGrantEur, MaxGrantEur, BudgetEur, OpensAt, Deadline, Criteria, PassThreshold);

    public Money RemainingEur => BudgetEur - CommittedEur;

    public static FundingCall Draft(Guid programmeId, CallTerms terms, DateTimeOffset now)
    {
        var call = new FundingCall { Id = Guid.CreateVersion7(now), ProgrammeId = programmeId, Status = CallStatus.Draft, CreatedAt = now };
        call.Apply(terms, now);
        return call;
    }

    /// <summary>Replaces the terms of a draft; a published call changes only by <see cref="Amend"/>.</summary>
    public void Revise(Guid programmeId, CallTerms terms, DateTimeOffset now)
    {
        Require(CallStatus.Draft, "revised (amend it instead)");
        ProgrammeId = programmeId;
        Apply(terms, now);
    }

    /// <summary>The status the clock gives a published call: it opens at its opening and closes after its deadline.</summary>
    public CallStatus StatusAt(DateTimeOffset now) => Status switch
    {
        CallStatus.Forthcoming or CallStatus.Open when Deadline.HasPassedAt(now) => CallStatus.Closed,
        CallStatus.Forthcoming when now >= OpensAt => CallStatus.Open,
        _ => Status,
    };

    /// <summary>
    /// The same rule as <see cref="StatusAt"/>, as a query: published calls whose status at
    /// <paramref name="now"/> is <paramref name="status"/>, whether or not the clock has written it yet.
    /// </summary>
    public static Expression<Func<FundingCall, bool>> HasStatusAt(CallStatus status, DateTimeOffset now) => status switch
    {
        CallStatus.Forthcoming => c => c.Status == CallStatus.Forthcoming && c.OpensAt > now && c.Deadline >= now,
        CallStatus.Open => c => (c.Status == CallStatus.Forthcoming || c.Status == CallStatus.Open) && c.OpensAt <= now && c.Deadline >= now,
        CallStatus.Closed => c => c.Status == CallStatus.Closed || ((c.Status == CallStatus.Forthcoming || c.Status == CallStatus.Open) && c.Deadline < now),
        _ => c => c.Status == status,
    };

    /// <summary>Calls whose written status the clock must move at <paramref name="now"/>: due to open, or past their deadline.</summary>
    public static Expression<Func<FundingCall, bool>> IsDueToMoveAt(DateTimeOffset now) =>
        c => (c.Status == CallStatus.Forthcoming && c.OpensAt <= now) || ((c.Status == CallStatus.Forthcoming || c.Status == CallStatus.Open) && c.Deadline < now);

    public void Publish(DateTimeOffset now)
    {
        Require(CallStatus.Draft, "published");
        if (Deadline <= now)
        {
            throw new ServiceDefaults.Errors.RequestValidationException("deadlineAt", "The deadline has already passed; move it before publishing.");
        }
        Status = CallStatus.Forthcoming;
        PublishedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Moves the written status to what the clock says; true when it changed (the caller announces it).</summary>
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

    /// <summary>Refuses a submission the clock does not allow: before the opening, or one instant after the deadline.</summary>
    public void CheckAcceptsSubmissions(DateTimeOffset now)
    {
        if (Status is not (CallStatus.Forthcoming or CallStatus.Open or CallStatus.Closed))
        {
            throw CommonRules.InvalidTransition("call", Describe(StatusAt(now)), "applied to");
        }
        Deadline.EnsureOpenAt(now, "call", Code);
        if (now < OpensAt)
        {
            throw DeadlineRules.NotOpenYet("call", Code, OpensAt);
        }
    }

    /// <summary>Applicants may start a proposal once the call is published, until its deadline.</summary>
    public void CheckAcceptsNewProposals(DateTimeOffset now)
    {
        if (Deadline.HasPassedAt(now) || Status is not (CallStatus.Forthcoming or CallStatus.Open))
        {
            throw DeadlineRules.DeadlinePassed("call", Code, Deadline, now);
        }
    }

    /// <summary>True when the amendment asks for more money than the call holds, which the programme must have.</summary>
    public bool RaisesBudget(RequestedAmendment requested) => requested.BudgetEur > BudgetEur;

    /// <summary>
    /// Changes a published call and records why. Opening, deadline and text change only before the
    /// deadline; an open call's deadline can be extended, never brought forward; the budget can be
    /// raised at any time before the call concludes (e.g. to fund the reserve list), and lowered
    /// only before evaluation.
    /// </summary>
    public CallAmendment Amend(RequestedAmendment requested, string by, DateTimeOffset now)
    {
        var status = StatusAt(now);
        if (status is CallStatus.Draft or CallStatus.Concluded)
        {
            throw CommonRules.InvalidTransition("call", Describe(status), "amended");
        }
        var beforeDeadline = status is CallStatus.Forthcoming or CallStatus.Open;
        var changes = new List<AmendedField>();
        if (requested.OpensAt is { } opensAt && opensAt != OpensAt)
        {
            if (status != CallStatus.Forthcoming)
            {
                throw Invalid("opensAt", "The opening can be moved only before the call opens.");
            }
            if (opensAt < now)
            {
                throw Invalid("opensAt", "The new opening must not be in the past.");
            }
            changes.Add(new("opensAt", Show(OpensAt), Show(opensAt)));
            OpensAt = opensAt;
        }
        if (requested.Deadline is { } deadline && deadline != Deadline)
        {
            if (!beforeDeadline)
            {
                throw Invalid("deadlineAt", "The deadline has passed; a closed call cannot be reopened.");
            }
            if (status == CallStatus.Open && deadline < Deadline)
            {
                throw Invalid("deadlineAt", "An open call's deadline can be extended, not brought forward.");
            }
            if (deadline <= now)
            {
                throw Invalid("deadlineAt", "The new deadline must be in the future.");
            }
            changes.Add(new("deadlineAt", Show(Deadline.Instant), Show(deadline.Instant)));
            Deadline = deadline;
        }
        if (Deadline <= OpensAt)
        {
            throw Invalid("deadlineAt", "The deadline must come after the opening.");
        }
        if (requested.BudgetEur is { } budget && budget != BudgetEur)
        {
            if (budget < BudgetEur && !beforeDeadline && status != CallStatus.Closed)
            {
                throw Invalid("budgetEur", "Once evaluation has started the budget can be raised, not lowered.");
            }
            if (budget < MaxGrantEur || budget < CommittedEur)
            {
                throw Invalid("budgetEur", "The budget cannot fall below the maximum grant or the amount already awarded.");
            }
            changes.Add(new("budgetEur", BudgetEur.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), budget.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
            BudgetEur = budget;
        }
        if (requested.Text is { } text && text != Text)
        {
            if (!beforeDeadline)
            {
                throw Invalid("text", "The text can be amended only before the deadline.");
            }
            changes.Add(new("text", null, null));
            Text = text;
        }
        if (changes.Count == 0)
        {
            throw Invalid("reason", "The amendment changes nothing: give a new opening, deadline, budget or text.");
        }
        var amendment = new CallAmendment(Amendments.Count + 1, now, by, requested.Reason, changes);
        Amendments.Add(amendment);
        UpdatedAt = now;
        return amendment;
    }

    public void StartEvaluation(DateTimeOffset now)
    {
        if (StatusAt(now) != CallStatus.Closed)
        {
            throw CommonRules.InvalidTransition("call", Describe(StatusAt(now)), "put under evaluation (its deadline must have passed)");
        }
        Status = CallStatus.UnderEvaluation;
        UpdatedAt = now;
    }

    /// <summary>Evaluators are assigned while the call is under evaluation, until its ranking is fixed.</summary>
    public void CheckAcceptsAssignments(DateTimeOffset now)
    {
        if (Status != CallStatus.UnderEvaluation || EvaluationCompletedAt is not null)
        {
            throw CommonRules.InvalidTransition("call", Describe(StatusAt(now)) + (EvaluationCompletedAt is null ? "" : " and ranked"), "given evaluators");
        }
    }

    public void CompleteEvaluation(DateTimeOffset now)
    {
        Require(CallStatus.UnderEvaluation, "given a ranking");
        if (EvaluationCompletedAt is not null)
        {
            throw CommonRules.InvalidTransition("call", "ranked already", "ranked again");
        }
        EvaluationCompletedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Grants can be awarded once the ranking is fixed, until the call concludes.</summary>
    public void CheckAwardsAllowed(DateTimeOffset now)
    {
        if (!(Status is CallStatus.UnderEvaluation or CallStatus.Awarded) || EvaluationCompletedAt is null)
        {
            throw CommonRules.InvalidTransition("call", Describe(StatusAt(now)) + (EvaluationCompletedAt is null ? " without a ranking" : ""), "awarded");
        }
    }

    /// <summary>The ranking is public once grants are awarded; before that only officers read it.</summary>
    public bool RankingIsPublic => Status is CallStatus.Awarded or CallStatus.Concluded;

    /// <summary>
    /// The grant an award gives a proposal: what it requested, unless the officer gives less; never
    /// more than it requested, never below the call's minimum.
    /// </summary>
    public Money GrantFor(Proposal proposal, Money? amountEur)
    {
        var requested = proposal.Current.RequestedGrantEur;
        var amount = amountEur ?? requested;
        if (amount > requested)
        {
            throw Invalid("amountEur", $"A grant cannot exceed what the proposal requested ({requested:0.00} EUR).");
        }
        if (amount < MinGrantEur)
        {
            throw Invalid("amountEur", $"A grant cannot be below the call's minimum ({MinGrantEur:0.00} EUR).");
        }
        return amount;
    }

    /// <summary>Commits what a ranking run funded; the caller holds the call's row, so nothing else commits meanwhile.</summary>
    public void MarkAwarded(AwardPlan plan, DateTimeOffset now)
    {
        CommittedEur += plan.FundedEur;
        Status = CallStatus.Awarded;
        UpdatedAt = now;
    }

    /// <summary>Concludes an awarded call: what is still on its reserve list will not be funded and is rejected.</summary>
    public IReadOnlyList<Rejection> Conclude(IReadOnlyList<Proposal> reserveList, DateTimeOffset now)
    {
        Require(CallStatus.Awarded, "concluded");
        Status = CallStatus.Concluded;
        UpdatedAt = now;
        foreach (var proposal in reserveList)
        {
            proposal.Reject(null, now);
        }
        return reserveList.Select(p => new Rejection(p, "not-funded", ["The call concluded before its budget reached this proposal on the reserve list."], null)).ToList();
    }

    public static string Describe(CallStatus status) => QueryValues.Kebab(status);

    private void Apply(CallTerms terms, DateTimeOffset now)
    {
        Code = terms.Code;
        Title = terms.Title;
        Text = terms.Text;
        Instrument = terms.Instrument;
        EligibleKinds = [.. terms.EligibleKinds];
        EligibleSizeClasses = [.. terms.EligibleSizeClasses];
        EligiblePrioritySystems = [.. terms.EligiblePrioritySystems];
        EligibleComponents = [.. terms.EligibleComponents];
        EndorsementRequired = terms.EndorsementRequired;
        Consortium = terms.Consortium;
        MinGrantEur = terms.MinGrantEur;
        MaxGrantEur = terms.MaxGrantEur;
        BudgetEur = terms.BudgetEur;
        OpensAt = terms.OpensAt;
        Deadline = terms.Deadline;
        Criteria = [.. terms.Criteria];
        PassThreshold = terms.PassThreshold;
        UpdatedAt = now;
    }

    private void Require(CallStatus expected, string action)
    {
        if (Status != expected)
        {
            throw CommonRules.InvalidTransition("call", Describe(Status), action);
        }
    }

    private static string Show(DateTimeOffset instant) => RomeTime.Show(instant).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static ServiceDefaults.Errors.RequestValidationException Invalid(string field, string message) => new(field, message);
}
