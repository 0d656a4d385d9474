namespace PiedmontSystem.Matchmaking.UnitTests;

/// <summary>Short ways to write the small sessions of the example tests.</summary>
internal static class Sessions
{
    public static SchedulingParticipant Person(string id, int? fixedTable = null, params int[] availableSlots) =>
        new(id, availableSlots.Length == 0 ? null : availableSlots.ToHashSet(), fixedTable);

    public static SchedulingProblem Problem(int slots, int tables, IEnumerable<SchedulingParticipant> participants, params SchedulingRequest[] requests) =>
        new(slots, tables, participants.ToList(), requests);

    /// <summary>Participants with these ids, present throughout and at no fixed table.</summary>
    public static IEnumerable<SchedulingParticipant> People(params string[] ids) => ids.Select(id => Person(id));

    public static SchedulingRequest Meet(string id, string first, string second, int priority = 0, int? slot = null, int? table = null) =>
        new(id, first, second, priority, slot, table);

    public static ScheduledMeeting MeetingOf(ScheduleResult result, string requestId) =>
        result.Meetings.Single(m => m.RequestId == requestId);
}
