using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>The rules of Meet the corporates, each with a stable problem type clients can switch on (docs/problems.md).</summary>
public static class MatchmakingRules
{
    public static DomainRuleException RegistrationClosed(DateTimeOffset deadline, DateTimeOffset now) =>
        new("registration-closed", "Registration is closed",
            $"Registration closed at {RomeTime.Show(deadline):yyyy-MM-dd HH:mm:ss zzz} (Europe/Rome); the server received this at {RomeTime.Show(now):yyyy-MM-dd HH:mm:ss.fff zzz}.", 422)
        {
            Extensions = { ["registrationDeadline"] = RomeTime.Show(deadline), ["receivedAt"] = RomeTime.Show(now) },
        };

    public static DomainRuleException NotEligible(IReadOnlyList<RegistrationFailure> failures) =>
        new("not-eligible", "The organisation cannot take part",
            $"{failures.Count} rule(s) are not met: {string.Join(" ", failures.Select(f => f.Message))}", 422)
        {
            Extensions = { ["failures"] = failures },
        };

    public static DomainRuleException AlreadyRegistered() =>
        new("already-registered", "Already registered", "The organisation is already registered for this session.", 409);

    public static DomainRuleException NotRegistered() =>
        new("not-registered", "Not registered for the session",
            "Only organisations registered for the session (and not cancelled) send or receive meeting requests.", 422);

    public static DomainRuleException BuyerNotInSession() =>
        new("buyer-not-in-session", "The buyer does not take part in the session", "Meeting requests go to buyers taking part in the session.", 422);

    public static DomainRuleException BuyerAlreadyInSession() =>
        new("buyer-already-in-session", "The buyer already takes part", "The buyer is already taking part in this session.", 409);

    public static DomainRuleException NoFreeTable(int tables) =>
        new("no-free-table", "Every table is taken", $"The session has {tables} table(s), each given to a buyer; amend the session to add tables first.", 409);

    public static DomainRuleException TableTaken(int table) =>
        new("table-taken", "The table is taken", $"Table {table} is already given to another buyer of the session.", 409);

    public static DomainRuleException RequestAlreadyExists(Guid? existingRequestId) =>
        new("request-already-exists", "A request for this pair exists",
            "There is already a meeting request between this organisation and this buyer in the session; one request per pair.", 409)
        {
            Extensions = { ["existingRequestId"] = existingRequestId },
        };

    public static DomainRuleException NotAcceptedYet() =>
        new("request-not-accepted", "The request has not been accepted",
            "A meeting is booked only for a request the other side has accepted.", 409);

    public static DomainRuleException AlreadyBooked(Guid? meetingId) =>
        new("already-booked", "The meeting is already booked", "This request already has a meeting; cancel it first to book another slot.", 409)
        {
            Extensions = { ["meetingId"] = meetingId },
        };

    public static DomainRuleException SlotTaken(int slot) =>
        new("slot-taken", "The slot is taken",
            $"Slot {slot} was booked by someone else first (for the same organisation, buyer or table); choose another slot.", 409)
        {
            Extensions = { ["slot"] = slot },
        };

    public static DomainRuleException NotAvailable(int slot, string who) =>
        new("not-available", "Not available in that slot", $"{who} is not available in slot {slot}.", 422)
        {
            Extensions = { ["slot"] = slot },
        };

    public static DomainRuleException SelfBookingNotOffered() =>
        CommonRules.Forbidden("In this session the organiser's scheduler places the meetings; only accelerator managers book a slot by hand.");

    public static DomainRuleException NotTheOtherSide() =>
        CommonRules.Forbidden("Only the side that received the request accepts or declines it.");

    public static DomainRuleException NotTheSender() =>
        CommonRules.Forbidden("Only the side that sent the request withdraws it.");

    public static DomainRuleException NotYourSide() =>
        CommonRules.Forbidden("Each side records its own outcome; accelerator managers may record either.");

    public static DomainRuleException MeetingNotHeldYet(DateTimeOffset startsAt) =>
        new("meeting-not-held-yet", "The meeting has not taken place",
            $"Outcomes are recorded after the meeting, which starts at {RomeTime.Show(startsAt):yyyy-MM-dd HH:mm zzz} (Europe/Rome).", 422);

    public static DomainRuleException AgendaIsFinal() =>
        new("agenda-final", "The agenda is final",
            "After the final agenda is published nothing changes except cancellations.", 409);

    public static DomainRuleException RegistrationStillOpen(DateTimeOffset deadline) =>
        new("registration-still-open", "Registration is still open",
            $"The agenda is published after registration closes at {RomeTime.Show(deadline):yyyy-MM-dd HH:mm zzz} (Europe/Rome).", 409);

    public static DomainRuleException SessionNotStarted(DateTimeOffset startsAt) =>
        new("session-not-started", "The session has not started",
            $"A session is closed once it has been held; it starts at {RomeTime.Show(startsAt):yyyy-MM-dd HH:mm zzz} (Europe/Rome).", 409);

    public static DomainRuleException BuyerAlreadyExists(Guid organisationId) =>
        new("buyer-already-exists", "The organisation is already a buyer",
            $"Another buyer already stands for registry organisation {organisationId}; a registry organisation is one buyer.", 409);

    public static DomainRuleException BookedDuringRun() =>
        new("slot-taken", "A slot was booked during the run",
            "A meeting was booked while the scheduler ran, in a slot it had used; nothing was saved: run the scheduler again.", 409);
}
