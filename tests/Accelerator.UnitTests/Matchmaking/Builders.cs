using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.UnitTests.Matchmaking;

/// <summary>Sessions, people and requests for the rules to judge; every default is valid.</summary>
internal static class Builders
{
    /// <summary>"Now" in the tests: 1 March 2027, 10:00 in Rome (09:00 UTC).</summary>
    public static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A session on 10 March 2027 from 09:00 Rome: 8 slots of 20 minutes, slot 4 a break, 5 tables, green tech; registration until 5 March.</summary>
    public static SessionTerms Terms(
        DateOnly? date = null, TimeOnly? start = null, int slotMinutes = 20, int slotCount = 8, int[]? breaks = null, int tables = 5, string[]? spis = null,
        DateTimeOffset? deadline = null, AcceptanceMode acceptance = AcceptanceMode.OptIn, SchedulingMode scheduling = SchedulingMode.SelfBooking) => new(
        new LocalizedText("Incontra le imprese", "Meet the corporates"),
        new LocalizedText("", ""),
        date ?? new DateOnly(2027, 3, 10),
        "Torino",
        start ?? new TimeOnly(9, 0),
        slotMinutes,
        slotCount,
        breaks ?? [4],
        tables,
        spis ?? ["GREEN_TECH"],
        deadline ?? new DateTimeOffset(2027, 3, 5, 11, 0, 0, TimeSpan.Zero),
        acceptance,
        scheduling);

    public static MatchmakingSession Published(SessionTerms? terms = null)
    {
        var session = MatchmakingSession.Draft(terms ?? Terms(), Now);
        session.Publish(buyers: 1, Now);
        return session;
    }

    public static Registration Registered(MatchmakingSession session, IReadOnlyList<int>? slots = null) =>
        Registration.Register(session, Guid.NewGuid(), "Start-up Srl", null, slots, Now);

    public static SessionBuyer Buyer(MatchmakingSession session, int table, IReadOnlyList<int>? slots = null) =>
        SessionBuyer.Join(session, Guid.NewGuid(), new LocalizedText("Sfide", "Challenges"), table, slots, Now);

    public static MeetingRequest Accepted(MatchmakingSession session, Registration registration, SessionBuyer buyer, Side from = Side.Participant)
    {
        var request = MeetingRequest.Send(session, registration, buyer, from, "Shall we meet?", "test", Now);
        if (request.Status == RequestStatus.Pending)
        {
            request.Accept(session, request.To, "test", Now);
        }
        return request;
    }
}
