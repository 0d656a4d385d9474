using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>Which side sent a request, or records an outcome.</summary>
public enum Side
{
    Participant,
    Buyer,
}

public enum RequestStatus
{
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}

/// <summary>
/// A request to meet, between a registered organisation and a buyer of the same session, sent by
/// either side with a message. In an opt-in session the other side accepts or declines it; in an
/// opt-out session it is accepted at once. The sender may withdraw it (its meeting, if any, is
/// cancelled with it). One request per pair and session.
/// </summary>
public sealed class MeetingRequest
{
    private MeetingRequest()
    {
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid RegistrationId { get; private set; }
    public Guid ParticipantOrganisationId { get; private set; }
    public Guid BuyerId { get; private set; }
    public Side From { get; private set; }
    public string Message { get; private set; } = "";
    public RequestStatus Status { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }
    public uint Version { get; private set; }

    public Side To => From == Side.Participant ? Side.Buyer : Side.Participant;

    public bool IsLive => Status is RequestStatus.Pending or RequestStatus.Accepted;

    public static MeetingRequest Send(MatchmakingSession session, Registration registration, SessionBuyer buyer, Side from, string message, string by, DateTimeOffset now)
    {
        session.CheckOpenForMeetings(now, "sent requests");
        if (!registration.IsActive || registration.SessionId != session.Id)
        {
            throw MatchmakingRules.NotRegistered();
        }
        if (buyer.SessionId != session.Id)
        {
            throw MatchmakingRules.BuyerNotInSession();
        }
        var request = new MeetingRequest
        {
            Id = Guid.CreateVersion7(now),
            SessionId = session.Id,
            RegistrationId = registration.Id,
            ParticipantOrganisationId = registration.OrganisationId,
            BuyerId = buyer.BuyerId,
            From = from,
            Message = message,
            Status = RequestStatus.Pending,
            SentAt = now,
        };
        if (session.AcceptanceMode == AcceptanceMode.OptOut)
        {
            request.Answer(RequestStatus.Accepted, "opt-out (accepted at once)", now);
        }
        return request;
    }

    public void Accept(MatchmakingSession session, Side by, string who, DateTimeOffset now) => Reply(session, by, RequestStatus.Accepted, who, now);

    public void Decline(MatchmakingSession session, Side by, string who, DateTimeOffset now) => Reply(session, by, RequestStatus.Declined, who, now);

    /// <summary>The sender withdraws a pending or accepted request (the caller cancels its meeting, if any).</summary>
    public void Withdraw(MatchmakingSession session, Side? by, DateTimeOffset now)
    {
        if (by is { } side && side != From)
        {
            throw MatchmakingRules.NotTheSender();
        }
        if (!IsLive)
        {
            throw CommonRules.InvalidTransition("request", Describe(Status), "withdrawn");
        }
        if (session.StatusAt(now) == SessionStatus.Closed)
        {
            throw CommonRules.InvalidTransition("session", "closed", "changed");
        }
        Status = RequestStatus.Withdrawn;
        AnsweredAt ??= now;
    }

    /// <summary>A booking is for a request the other side has accepted.</summary>
    public void CheckBookable()
    {
        if (Status != RequestStatus.Accepted)
        {
            throw Status == RequestStatus.Pending ? MatchmakingRules.NotAcceptedYet() : CommonRules.InvalidTransition("request", Describe(Status), "booked");
        }
    }

    private void Reply(MatchmakingSession session, Side by, RequestStatus answer, string who, DateTimeOffset now)
    {
        if (by != To)
        {
            throw MatchmakingRules.NotTheOtherSide();
        }
        if (Status != RequestStatus.Pending)
        {
            throw CommonRules.InvalidTransition("request", Describe(Status), answer == RequestStatus.Accepted ? "accepted" : "declined");
        }
        session.CheckOpenForMeetings(now, "answered");
        Answer(answer, who, now);
    }

    private void Answer(RequestStatus answer, string who, DateTimeOffset now)
    {
        Status = answer;
        AnsweredAt = now;
        AnsweredBy = who;
    }

    private static string Describe(RequestStatus status) => status.ToString().ToLowerInvariant();
}
