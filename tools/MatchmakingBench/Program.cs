using System.Diagnostics;
using System.Globalization;
using PiedmontSystem.Matchmaking;
using PiedmontSystem.MatchmakingBench;

// dotnet PiedmontSystem.MatchmakingBench.dll [seed] [timed-runs]
//
// Schedules the seeded Meet-the-corporates session with MeetingScheduler and FirstComeScheduler and
// prints meetings placed, the upper bound, the share of it placed, high-priority requests placed,
// participants' idle slots and the median time to schedule; then a König session, where the scheduler must place every request.
// Exits non-zero when a schedule breaks a rule or the König session is not fully placed.
var seed = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2026;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;

var session = BenchSessions.MeetTheCorporates(seed);
var partialBuyers = session.Participants.Count(p => p.FixedTable is not null && p.AvailableSlots is not null);
var partialOthers = session.Participants.Count(p => p.FixedTable is null && p.AvailableSlots is not null);
Console.WriteLine($"Meet the corporates (seed {seed}): {session.Participants.Count(p => p.FixedTable is not null)} buyers ({partialBuyers} partly present) at their own tables, " +
    $"{session.Participants.Count(p => p.FixedTable is null)} start-ups/SMEs ({partialOthers} partly present), {session.Requests.Count} requests " +
    $"({session.Requests.Count(r => r.Priority > 0)} high priority), {session.SlotCount} slots, {session.TableCount} tables");

var (best, bestMs) = Measure(() => MeetingScheduler.Schedule(session), runs);
var (baseline, baselineMs) = Measure(() => FirstComeScheduler.Schedule(session), runs);
var bound = best.UpperBound;
var rows = new[] { ("MeetingScheduler", best, bestMs), ("FirstComeScheduler", baseline, baselineMs) };
Console.WriteLine();
Console.WriteLine($"{"scheduler",-19} {"placed",7} {"bound",6} {"of bound",9} {"high priority",14} {"idle slots",11} {"idle/participant",17} {"ms (median of " + runs + ")",18} {"violations",11}");
var highPriority = session.Requests.Where(r => r.Priority > 0).Select(r => r.Id).ToHashSet();
var violations = 0;
foreach (var (name, result, ms) in rows)
{
    var metrics = ScheduleMetrics.Of(session, result, bound);
    var broken = ScheduleValidation.Violations(session, result).Count;
    violations += broken;
    var high = $"{result.Meetings.Count(m => highPriority.Contains(m.RequestId))}/{highPriority.Count}";
    Console.WriteLine($"{name,-19} {metrics.MeetingsPlaced,7} {bound,6} {metrics.ShareOfBound,9:P1} {high,14} {metrics.IdleSlots,11} {metrics.MeanIdleSlots,17:0.00} {ms,18:0.0} {broken,11}");
}
Console.WriteLine($"Meetings placed, MeetingScheduler / FirstComeScheduler = {(double)best.Meetings.Count / baseline.Meetings.Count:0.000}x");

var konig = BenchSessions.Konig(seed);
var konigBest = MeetingScheduler.Schedule(konig);
var konigBaseline = FirstComeScheduler.Schedule(konig);
violations += ScheduleValidation.Violations(konig, konigBest).Count + ScheduleValidation.Violations(konig, konigBaseline).Count;
var allPlaced = konigBest.Unplaced.Count == 0;
Console.WriteLine();
Console.WriteLine($"König session (bipartite, everyone present, {konig.SlotCount} requests per buyer = slots): {konig.Requests.Count} requests, {konig.SlotCount} slots, {konig.TableCount} tables");
Console.WriteLine($"  MeetingScheduler placed {konigBest.Meetings.Count}/{konig.Requests.Count}: {(allPlaced ? "all" : "NOT ALL")}; " +
    $"FirstComeScheduler placed {konigBaseline.Meetings.Count}/{konig.Requests.Count}: {(konigBaseline.Unplaced.Count == 0 ? "all" : "not all")}");

Console.WriteLine(violations == 0 ? "Every schedule passed ScheduleValidation." : $"RULES BROKEN: {violations} violations.");
return violations == 0 && allPlaced ? 0 : 1;

static (ScheduleResult Result, double MedianMs) Measure(Func<ScheduleResult> schedule, int runs)
{
    var result = schedule(); // warm-up: JIT and caches
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        result = schedule();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return (result, times[times.Count / 2]);
}
