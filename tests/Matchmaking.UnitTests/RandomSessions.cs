using CsCheck;

namespace PiedmontSystem.Matchmaking.UnitTests;

/// <summary>
/// Generators of random sessions for the property tests. CsCheck draws the sizes (so a failure
/// shrinks to a small session) and a seed from which the details are drawn.
/// </summary>
internal static class RandomSessions
{
    /// <summary>Any session: bipartite or not, partial availability, fixed tables, pins (some invalid), priorities.</summary>
    public static readonly Gen<SchedulingProblem> Any =
        Gen.Select(Gen.Int[1, 8], Gen.Int[1, 6], Gen.Int[2, 14], Gen.Int[0, 45], Gen.Bool, Gen.Int[0, int.MaxValue],
            (slots, tables, people, requests, bipartite, seed) => Build(slots, tables, people, requests, bipartite, seed, withPins: true));

    /// <summary>Small sessions without pins, for comparison with an exhaustive search.</summary>
    public static readonly Gen<SchedulingProblem> Tiny =
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 3], Gen.Int[2, 6], Gen.Int[0, 7], Gen.Bool, Gen.Int[0, int.MaxValue],
            (slots, tables, people, requests, bipartite, seed) => Build(slots, tables, people, requests, bipartite, seed, withPins: false));

    /// <summary>
    /// Sessions under König's condition: two sides, requests only across, everyone present in every
    /// slot, no one with more requests than slots, requests ≤ slots × tables, and (sometimes) each
    /// participant of one side at a fixed table of their own.
    /// </summary>
    public static readonly Gen<SchedulingProblem> Konig =
        Gen.Select(Gen.Int[1, 8], Gen.Int[1, 8], Gen.Int[1, 10], Gen.Int[0, 60], Gen.Bool, Gen.Int[0, int.MaxValue],
            BuildKonig);

    public static string Describe(SchedulingProblem problem) =>
        $"{problem.SlotCount} slots, {problem.TableCount} tables; participants: " +
        string.Join(", ", problem.Participants.Select(p => p.Id + (p.FixedTable is { } t ? $"@{t}" : "") + (p.AvailableSlots is { } a ? "{" + string.Join(' ', a.Order()) + "}" : ""))) +
        "; requests: " +
        string.Join(", ", problem.Requests.Select(r => $"{r.Id}:{r.First}-{r.Second}" + (r.Priority != 0 ? $"!{r.Priority}" : "") + (r.PinnedSlot is { } s ? $"@s{s}" : "") + (r.PinnedTable is { } t ? $"@t{t}" : "")));

    private static SchedulingProblem Build(int slots, int tables, int people, int requests, bool bipartite, int seed, bool withPins)
    {
        var random = new Random(seed);
        var participants = new List<SchedulingParticipant>();
        var left = Math.Max(1, people / 3);
        for (var p = 0; p < people; p++)
        {
            var available = random.NextDouble() < 0.4
                ? Enumerable.Range(0, slots).Where(_ => random.NextDouble() < 0.7).ToHashSet()
                : null;
            // Fixed tables are drawn from fewer tables than people sometimes share, on purpose.
            int? fixedTable = random.NextDouble() < 0.25 ? random.Next(tables) : null;
            participants.Add(new SchedulingParticipant($"p{p}", available, fixedTable));
        }
        var list = new List<SchedulingRequest>();
        for (var i = 0; i < requests; i++)
        {
            int first, second;
            if (bipartite)
            {
                first = random.Next(left);
                second = left + random.Next(Math.Max(1, people - left));
                if (second >= people)
                {
                    continue;
                }
            }
            else
            {
                first = random.Next(people);
                second = random.Next(people - 1);
                second += second >= first ? 1 : 0;
            }
            int? pinnedSlot = withPins && random.NextDouble() < 0.1 ? random.Next(-1, slots + 1) : null;
            int? pinnedTable = withPins && random.NextDouble() < 0.08 ? random.Next(-1, tables + 1) : null;
            list.Add(new SchedulingRequest($"r{i}", $"p{first}", $"p{second}", random.Next(3) == 0 ? random.Next(1, 3) : 0, pinnedSlot, pinnedTable));
        }
        return new SchedulingProblem(slots, tables, participants, list);
    }

    private static SchedulingProblem BuildKonig(int slots, int leftCount, int rightCount, int attempts, bool fixedTables, int seed)
    {
        var random = new Random(seed);
        var degree = new int[leftCount + rightCount];
        var pairs = new List<(int, int)>();
        for (var i = 0; i < attempts; i++)
        {
            var l = random.Next(leftCount);
            var r = leftCount + random.Next(rightCount);
            // Repeated pairs are allowed: the theorem holds for multigraphs too.
            if (degree[l] < slots && degree[r] < slots)
            {
                degree[l]++;
                degree[r]++;
                pairs.Add((l, r));
            }
        }
        var tables = Math.Max(1, (pairs.Count + slots - 1) / slots) + random.Next(2);
        if (fixedTables)
        {
            tables = Math.Max(tables, leftCount);
        }
        var participants = Enumerable.Range(0, leftCount + rightCount)
            .Select(p => new SchedulingParticipant($"p{p}", null, fixedTables && p < leftCount ? p : null))
            .ToList();
        var requests = pairs.Select((pair, i) => random.Next(2) == 0
                ? new SchedulingRequest($"r{i}", $"p{pair.Item1}", $"p{pair.Item2}")
                : new SchedulingRequest($"r{i}", $"p{pair.Item2}", $"p{pair.Item1}"))
            .ToList();
        return new SchedulingProblem(slots, tables, participants, requests);
    }
}
