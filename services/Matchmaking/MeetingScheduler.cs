namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Places every accepted request it can into slots and tables, honouring availability, fixed tables
/// and requests already booked. Deterministic: the same problem gives the same schedule.
/// </summary>
public static class MeetingScheduler
{
    // Placeholder until the optimising scheduler lands: the first-come baseline.
    public static ScheduleResult Schedule(SchedulingProblem problem) => FirstComeScheduler.Schedule(problem);
}
