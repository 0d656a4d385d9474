using System.Globalization;
using System.Linq.Expressions;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>
/// Where a session stands. Published becomes registration-closed by the clock (its deadline); the
/// other steps are taken by accelerator managers.
/// </summary>
public enum SessionStatus
{
    Draft,
    Published,
    RegistrationClosed,
    AgendaPreliminary,
    AgendaFinal,
    Closed,
}

/// <summary>
/// A Meet the corporates session: one day, one place, slots of a set length at tables where buyers
/// sit, start-ups and SMEs registered with the slots they can attend, meeting requests between the
/// two sides and the agenda that comes of them. Drafted, published, amended, its agenda published as
/// preliminary then final, and closed once held, by accelerator managers.
/// </summary>
public sealed class MatchmakingSession
{
    private MatchmakingSession()
    {
    }

    public Guid Id { get; private set; }
    public LocalizedText Title { get; private set; } = new("", "");
    public LocalizedText Description { get; private set; } = new("", "");
    public DateOnly Date { get; private set; }
    public string Place { get; private set; } = "";
    public TimeOnly StartTime { get; private set; }
    public int SlotMinutes { get; private set; }
    public int SlotCount { get; private set; }
    public List<int> Breaks { get; private set; } = [];
    public int TableCount { get; private set; }
    public List<string> PrioritySystems { get; private set; } = [];
    public DateTimeOffset RegistrationDeadline { get; private set; }
    public AcceptanceMode AcceptanceMode { get; private set; }
    public SchedulingMode SchedulingMode { get; private set; }

    /// <summary>The status last written; <see cref="StatusAt"/> is what it is now.</summary>
    public SessionStatus Status { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? AgendaPublishedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public List<SessionAmendment> Amendments { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public SessionTerms Terms => new(Title, Description, Date, Place, StartTime, SlotMinutes, SlotCount, Breaks, TableCount, PrioritySystems,
        RegistrationDeadline, AcceptanceMode, SchedulingMode);

    /// <summary>When the first slot starts.</summary>
    public DateTimeOffset StartsAt => SlotStart(0);

    /// <summary>When the last slot ends.</summary>
    public DateTimeOffset EndsAt => SlotStart(SlotCount);

    public static MatchmakingSession Draft(SessionTerms terms, DateTimeOffset now)
    {
        var session = new MatchmakingSession { Id = Guid.CreateVersion7(now), Status = SessionStatus.Draft, CreatedAt = now };
        session.Apply(terms, now);
        return session;
    }

    /// <summary>Replaces the terms of a draft; a published session changes only by <see cref="Amend"/>.</summary>
    public void Revise(SessionTerms terms, DateTimeOffset now)
    {
        Require("revised (amend it instead)", now, SessionStatus.Draft);
        Apply(terms, now);
    }

    /// <summary>Registration closes by the clock: a published session whose deadline has passed is registration-closed.</summary>
    public SessionStatus StatusAt(DateTimeOffset now) =>
        Status == SessionStatus.Published && now > RegistrationDeadline ? SessionStatus.RegistrationClosed : Status;

    /// <summary>
    /// The same rule as <see cref="StatusAt"/>, as a query: sessions whose status at
    /// <paramref name="now"/> is <paramref name="status"/>.
    /// </summary>
    public static Expression<Func<MatchmakingSession, bool>> HasStatusAt(SessionStatus status, DateTimeOffset now) => status switch
    {
        SessionStatus.Published => s => s.Status == SessionStatus.Published && s.RegistrationDeadline >= now,
        SessionStatus.RegistrationClosed => s => s.Status == SessionStatus.RegistrationClosed || (s.Status == SessionStatus.Published && s.RegistrationDeadline < now),
        _ => s => s.Status == status,
    };

    public bool IsPublic => Status != SessionStatus.Draft;

    /// <summary>Publishes a draft that has at least one buyer and whose registration deadline is still ahead.</summary>
    public void Publish(int buyers, DateTimeOffset now)
    {
        Require("published", now, SessionStatus.Draft);
        if (buyers == 0)
        {
            throw new RequestValidationException("buyers", "Add at least one buyer before publishing the session.");
        }
        if (RegistrationDeadline <= now)
        {
            throw new RequestValidationException("registrationDeadline", "The registration deadline has already passed; move it before publishing.");
        }
        Status = SessionStatus.Published;
        PublishedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Organisations register while the session is published, until the deadline (422 <c>registration-closed</c> one instant later).</summary>
    public void CheckAcceptsRegistrations(DateTimeOffset now)
    {
        if (Status == SessionStatus.Published && now > RegistrationDeadline)
        {
            throw MatchmakingRules.RegistrationClosed(RegistrationDeadline, now);
        }
        Require("registered for", now, SessionStatus.Published);
    }

    /// <summary>Requests, acceptances and bookings: from publication until the final agenda.</summary>
    public void CheckOpenForMeetings(DateTimeOffset now, string action) =>
        Require(action, now, SessionStatus.Published, SessionStatus.RegistrationClosed, SessionStatus.AgendaPreliminary);

    /// <summary>Buyers join a session until its final agenda.</summary>
    public void CheckAcceptsBuyers(DateTimeOffset now) =>
        Require("given buyers", now, SessionStatus.Draft, SessionStatus.Published, SessionStatus.RegistrationClosed, SessionStatus.AgendaPreliminary);

    /// <summary>Availability can change until the final agenda (a cancellation after it is a cancellation).</summary>
    public void CheckAvailabilityCanChange(DateTimeOffset now) =>
        Require("given new availability", now, SessionStatus.Draft, SessionStatus.Published, SessionStatus.RegistrationClosed, SessionStatus.AgendaPreliminary);

    /// <summary>The scheduler may run (and run again) until the final agenda.</summary>
    public void CheckSchedulerMayRun(DateTimeOffset now) => CheckOpenForMeetings(now, "scheduled");

    public void PublishPreliminaryAgenda(DateTimeOffset now)
    {
        RequireRegistrationClosed(now);
        Require("given a preliminary agenda", now, SessionStatus.RegistrationClosed, SessionStatus.AgendaPreliminary);
        Status = SessionStatus.AgendaPreliminary;
        AgendaPublishedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Freezes the agenda: from now on only cancellations. A self-booking session may skip the preliminary agenda.</summary>
    public void PublishFinalAgenda(DateTimeOffset now)
    {
        RequireRegistrationClosed(now);
        Require("given a final agenda", now, SessionStatus.RegistrationClosed, SessionStatus.AgendaPreliminary);
        Status = SessionStatus.AgendaFinal;
        AgendaPublishedAt = now;
        UpdatedAt = now;
    }

    /// <summary>A session is closed once held: after its final agenda, from its start.</summary>
    public void Close(DateTimeOffset now)
    {
        Require("closed", now, SessionStatus.AgendaFinal);
        if (now < StartsAt)
        {
            throw MatchmakingRules.SessionNotStarted(StartsAt);
        }
        Status = SessionStatus.Closed;
        ClosedAt = now;
        UpdatedAt = now;
    }

    /// <summary>
    /// Changes a published session and records why. Place, description and tables (added, never
    /// removed: buyers sit at them) change until it closes; the date and start time until the final
    /// agenda (meetings keep their slots and move with them); the registration deadline while
    /// registration is open or just closed.
    /// </summary>
    public SessionAmendment Amend(RequestedSessionAmendment requested, string by, DateTimeOffset now)
    {
        var status = StatusAt(now);
        if (status is SessionStatus.Draft or SessionStatus.Closed)
        {
            throw CommonRules.InvalidTransition("session", Describe(status), "amended");
        }
        var changes = new List<AmendedField>();
        if (requested.Place is { } place && place != Place)
        {
            changes.Add(new("place", Place, place));
            Place = place;
        }
        if (requested.Description is { } description && description != Description)
        {
            changes.Add(new("description", null, null));
            Description = description;
        }
        if (requested.TableCount is { } tables && tables != TableCount)
        {
            if (tables < TableCount)
            {
                throw Invalid("tableCount", "Tables can be added, not removed: buyers sit at them.");
            }
            changes.Add(new("tableCount", Text(TableCount), Text(tables)));
            TableCount = tables;
        }
        var date = requested.Date ?? Date;
        var startTime = requested.StartTime ?? StartTime;
        if (date != Date || startTime != StartTime)
        {
            if (status == SessionStatus.AgendaFinal)
            {
                throw MatchmakingRules.AgendaIsFinal();
            }
            if (!RomeTime.TryInstant(date, startTime, out var startsAt) || startsAt <= now)
            {
                throw Invalid("date", "The session must start at a time that exists in Europe/Rome and is still ahead.");
            }
            changes.Add(new("startsAt", Show(StartsAt), Show(startsAt)));
            Date = date;
            StartTime = startTime;
        }
        if (requested.RegistrationDeadline is { } deadline && deadline != RegistrationDeadline)
        {
            if (status is not (SessionStatus.Published or SessionStatus.RegistrationClosed))
            {
                throw Invalid("registrationDeadline", "The registration deadline moves only until the agenda is published.");
            }
            if (deadline <= now)
            {
                throw Invalid("registrationDeadline", "The new registration deadline must be in the future.");
            }
            changes.Add(new("registrationDeadline", Show(RegistrationDeadline), Show(deadline)));
            RegistrationDeadline = deadline;
        }
        if (RegistrationDeadline >= StartsAt)
        {
            throw Invalid("registrationDeadline", "Registration must close before the session starts.");
        }
        if (changes.Count == 0)
        {
            throw Invalid("reason", "The amendment changes nothing: give a new place, description, tables, date, start time or registration deadline.");
        }
        var amendment = new SessionAmendment(Amendments.Count + 1, now, by, requested.Reason, changes);
        Amendments = [.. Amendments, amendment];
        UpdatedAt = now;
        return amendment;
    }

    /// <summary>The instant slot <paramref name="slot"/> starts (slot <see cref="SlotCount"/> is the session's end).</summary>
    public DateTimeOffset SlotStart(int slot) =>
        RomeTime.TryInstant(Date, StartTime, out var first) ? first.AddMinutes((double)slot * SlotMinutes) : throw new InvalidOperationException("The session's start does not exist in Europe/Rome.");

    public DateTimeOffset SlotEnd(int slot) => SlotStart(slot + 1);

    public bool IsBreak(int slot) => Breaks.Contains(slot);

    /// <summary>Every slot that is not a break.</summary>
    public IReadOnlyList<int> MeetingSlots => Enumerable.Range(0, SlotCount).Where(s => !IsBreak(s)).ToList();

    /// <summary>
    /// The slots someone can attend, checked against the session: null or empty means every
    /// meeting slot; a slot outside the session or a break is a validation problem naming the field.
    /// </summary>
    public List<int> Availability(IReadOnlyList<int>? slots, string field)
    {
        if (slots is null || slots.Count == 0)
        {
            return [.. MeetingSlots];
        }
        var errors = slots.Select((s, i) => (s, i))
            .Where(x => x.s < 0 || x.s >= SlotCount || IsBreak(x.s))
            .ToDictionary(x => $"{field}[{x.i}]", x => new[] { IsBreak(x.s) ? $"Slot {x.s} is a break." : $"Slot {x.s} is not one of the session's slots (0 to {SlotCount - 1})." });
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
        return [.. slots.Distinct().Order()];
    }

    /// <summary>A slot a meeting can be booked in: one of the session's slots and not a break.</summary>
    public void CheckMeetingSlot(int slot)
    {
        if (slot < 0 || slot >= SlotCount || IsBreak(slot))
        {
            throw new RequestValidationException("slot", IsBreak(slot) ? $"Slot {slot} is a break." : $"Slot {slot} is not one of the session's slots (0 to {SlotCount - 1}).");
        }
    }

    /// <summary>The lowest table (1-based) not given to a buyer yet.</summary>
    public int FreeTable(IReadOnlyCollection<int> taken)
    {
        for (var table = 1; table <= TableCount; table++)
        {
            if (!taken.Contains(table))
            {
                return table;
            }
        }
        throw MatchmakingRules.NoFreeTable(TableCount);
    }

    public void CheckTable(int table, IReadOnlyCollection<int> taken)
    {
        if (table < 1 || table > TableCount)
        {
            throw new RequestValidationException("table", $"Tables are numbered 1 to {TableCount}.");
        }
        if (taken.Contains(table))
        {
            throw MatchmakingRules.TableTaken(table);
        }
    }

    private void Apply(SessionTerms terms, DateTimeOffset now)
    {
        Title = terms.Title;
        Description = terms.Description;
        Date = terms.Date;
        Place = terms.Place;
        StartTime = terms.StartTime;
        SlotMinutes = terms.SlotMinutes;
        SlotCount = terms.SlotCount;
        Breaks = [.. terms.Breaks.Distinct().Order()];
        TableCount = terms.TableCount;
        PrioritySystems = [.. terms.PrioritySystems.Distinct()];
        RegistrationDeadline = terms.RegistrationDeadline;
        AcceptanceMode = terms.AcceptanceMode;
        SchedulingMode = terms.SchedulingMode;
        UpdatedAt = now;
    }

    private void RequireRegistrationClosed(DateTimeOffset now)
    {
        if (StatusAt(now) == SessionStatus.Published)
        {
            throw MatchmakingRules.RegistrationStillOpen(RegistrationDeadline);
        }
    }

    private void Require(string action, DateTimeOffset now, params SessionStatus[] allowed)
    {
        var status = StatusAt(now);
        if (status == SessionStatus.AgendaFinal && !allowed.Contains(status) && allowed.Contains(SessionStatus.AgendaPreliminary))
        {
            throw MatchmakingRules.AgendaIsFinal();
        }
        if (!allowed.Contains(status))
        {
            throw CommonRules.InvalidTransition("session", Describe(status), action);
        }
    }

    private static string Describe(SessionStatus status) => QueryValues.Kebab(status);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Show(DateTimeOffset instant) => RomeTime.Show(instant).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static RequestValidationException Invalid(string field, string message) => new(field, message);
}
