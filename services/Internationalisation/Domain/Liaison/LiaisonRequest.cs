using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Internationalisation.Domain.Liaison;

public enum LiaisonKind { ForeignMarketEntry, PartnerSearch, BuyerIntroduction, TradeMission, EuProjectPartnering }

public enum LiaisonUrgency { Low, Normal, High }

public enum LiaisonStatus { New, Accepted, Declined, InProgress, Closed, Withdrawn }

public enum LiaisonSource { Organisation, Cluster, Accelerator }

public enum LiaisonOutcome { Achieved, Partly, NotAchieved, Withdrawn }

/// <summary>
/// What an organisation asks CEIP for: new → assessed (accepted, or declined with a reason) →
/// in progress with an assigned officer → closed with an outcome. The requester may withdraw it
/// until it is closed: it ends as withdrawn, with the reason as its outcome text.
/// </summary>
public sealed class LiaisonRequest
{
    private readonly List<LiaisonNote> _notes = [];

    private LiaisonRequest()
    {
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public LiaisonKind Kind { get; private set; }
    public List<string> TargetCountries { get; private set; } = [];
    public List<string> PrioritySystems { get; private set; } = [];
    public string? NaceCode { get; private set; }
    public string? DescriptionIt { get; private set; }
    public string? DescriptionEn { get; private set; }
    public LiaisonUrgency Urgency { get; private set; }
    public LiaisonSource Source { get; private set; }

    /// <summary>The referring cluster's code, or the accelerator intake's code.</summary>
    public string? ReferralReference { get; private set; }

    /// <summary>Unique: the accelerator application id for a referral (one request per admission).</summary>
    public string? ReferralKey { get; private set; }

    public LiaisonStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public string OpenedBy { get; private set; } = "";

    /// <summary>The instant after which a request still new is flagged (N working days after opening).</summary>
    public DateTimeOffset AssessBy { get; private set; }

    public DateTimeOffset? AssessedAt { get; private set; }
    public string? DeclineReason { get; private set; }
    public string? OfficerSubject { get; private set; }
    public string? OfficerName { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public LiaisonOutcome? Outcome { get; private set; }
    public string? OutcomeText { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<LiaisonNote> Notes => _notes;

    public bool IsFlagged(DateTimeOffset now) => Status == LiaisonStatus.New && now > AssessBy;

    public static LiaisonRequest Open(Guid organisationId, LiaisonKind kind, IEnumerable<string> countries, IEnumerable<string> prioritySystems, string? naceCode,
        string? descriptionIt, string? descriptionEn, LiaisonUrgency urgency, LiaisonSource source, string? referralReference, string? referralKey,
        string openedBy, DateTimeOffset now, DateTimeOffset assessBy) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganisationId = organisationId,
        Kind = kind,
        TargetCountries = countries.Select(c => c.ToUpperInvariant()).Distinct().ToList(),
        PrioritySystems = prioritySystems.Select(s => s.ToUpperInvariant()).Distinct().ToList(),
        NaceCode = naceCode,
        DescriptionIt = descriptionIt,
        DescriptionEn = descriptionEn,
        Urgency = urgency,
        Source = source,
        ReferralReference = referralReference,
        ReferralKey = referralKey,
        Status = LiaisonStatus.New,
        OpenedAt = now,
        OpenedBy = openedBy,
        AssessBy = assessBy,
    };

    public void Accept(DateTimeOffset now)
    {
        Require(LiaisonStatus.New, "accepted");
        Status = LiaisonStatus.Accepted;
        AssessedAt = now;
    }

    public void Decline(string? reason, DateTimeOffset now)
    {
        Require(LiaisonStatus.New, "declined");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw LiaisonRules.DeclineNeedsReason();
        }
        Status = LiaisonStatus.Declined;
        DeclineReason = reason.Trim();
        AssessedAt = now;
    }

    /// <summary>Assigns (or reassigns) the officer who follows the request; the first assignment starts the work.</summary>
    public void Assign(string officerSubject, string officerName, DateTimeOffset now)
    {
        if (Status is not (LiaisonStatus.Accepted or LiaisonStatus.InProgress))
        {
            throw CommonRules.InvalidTransition("liaison request", Kebab(Status), "assigned an officer");
        }
        OfficerSubject = officerSubject;
        OfficerName = officerName;
        StartedAt ??= now;
        Status = LiaisonStatus.InProgress;
    }

    public LiaisonNote AddNote(string text, bool visibleToRequester, string author, DateTimeOffset now)
    {
        if (Status is LiaisonStatus.Closed or LiaisonStatus.Declined or LiaisonStatus.Withdrawn)
        {
            throw CommonRules.InvalidTransition("liaison request", Kebab(Status), "annotated");
        }
        var note = new LiaisonNote(Guid.CreateVersion7(now), Id, text, visibleToRequester, author, now);
        _notes.Add(note);
        return note;
    }

    public void Close(LiaisonOutcome outcome, string text, DateTimeOffset now)
    {
        Require(LiaisonStatus.InProgress, "closed");
        Status = LiaisonStatus.Closed;
        Outcome = outcome;
        OutcomeText = text;
        ClosedAt = now;
    }

    /// <summary>The requester's withdrawal: possible while the request is open (new, accepted or in progress).</summary>
    public void Withdraw(string reason, DateTimeOffset now)
    {
        if (Status is not (LiaisonStatus.New or LiaisonStatus.Accepted or LiaisonStatus.InProgress))
        {
            throw CommonRules.InvalidTransition("liaison request", Kebab(Status), "withdrawn");
        }
        Status = LiaisonStatus.Withdrawn;
        Outcome = LiaisonOutcome.Withdrawn;
        OutcomeText = reason;
        ClosedAt = now;
    }

    private void Require(LiaisonStatus expected, string action)
    {
        if (Status != expected)
        {
            throw CommonRules.InvalidTransition("liaison request", Kebab(Status), action);
        }
    }

    private static string Kebab(LiaisonStatus status) => status switch
    {
        LiaisonStatus.InProgress => "in-progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}

/// <summary>A note on a request: internal to CEIP, or visible to the requester.</summary>
public sealed class LiaisonNote(Guid id, Guid requestId, string text, bool visibleToRequester, string author, DateTimeOffset writtenAt)
{
    public Guid Id { get; private set; } = id;
    public Guid RequestId { get; private set; } = requestId;
    public string Text { get; private set; } = text;
    public bool VisibleToRequester { get; private set; } = visibleToRequester;
    public string Author { get; private set; } = author;
    public DateTimeOffset WrittenAt { get; private set; } = writtenAt;
}
