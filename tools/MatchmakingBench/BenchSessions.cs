using PiedmontSystem.Matchmaking;

namespace PiedmontSystem.MatchmakingBench;

/// <summary>The seeded sessions the bench schedules; the same seed always gives the same session.</summary>
internal static class BenchSessions
{
    /// <summary>
    /// A "Meet the corporates" session: buyers at their own tables, start-ups and SMEs requesting
    /// them (popular buyers get many more requests than they have slots), a fifth of the participants
    /// and a tenth of the buyers arriving late, leaving early or taking a break, and some requests
    /// ranked higher by both sides.
    /// </summary>
    public static SchedulingProblem MeetTheCorporates(int seed, int buyers = 60, int participants = 400, int requests = 2_400, int slots = 16)
    {
        var random = new Random(seed);
        var people = new List<SchedulingParticipant>();
        for (var b = 0; b < buyers; b++)
        {
            people.Add(new SchedulingParticipant($"buyer-{b:00}", random.NextDouble() < 0.1 ? PartialAvailability(random, slots) : null, FixedTable: b));
        }
        for (var p = 0; p < participants; p++)
        {
            people.Add(new SchedulingParticipant($"startup-{p:000}", random.NextDouble() < 0.2 ? PartialAvailability(random, slots) : null));
        }
        // Popularity: the best-known buyers draw several times the requests of the least known.
        var buyerWeight = Enumerable.Range(0, buyers).Select(b => 1.0 / (1 + b / 15.0)).ToArray();
        var participantWeight = Enumerable.Range(0, participants).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var pairs = new HashSet<(int, int)>();
        var list = new List<SchedulingRequest>();
        while (list.Count < requests)
        {
            var b = Pick(random, buyerWeight);
            var p = Pick(random, participantWeight);
            if (pairs.Add((b, p)))
            {
                var priority = random.NextDouble() < 0.15 ? 1 : 0;
                list.Add(new SchedulingRequest($"r{list.Count:0000}", $"startup-{p:000}", $"buyer-{b:00}", priority));
            }
        }
        return new SchedulingProblem(slots, buyers, people, list);
    }

    /// <summary>
    /// A session where König's theorem promises every request a place: buyers and start-ups, everyone
    /// present throughout, every buyer with exactly as many requests as slots and no start-up with more.
    /// </summary>
    public static SchedulingProblem Konig(int seed, int buyers = 40, int participants = 160, int slots = 16)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, buyers).Select(b => new SchedulingParticipant($"buyer-{b:00}", FixedTable: b))
            .Concat(Enumerable.Range(0, participants).Select(p => new SchedulingParticipant($"startup-{p:000}")))
            .ToList();
        var degree = new int[participants];
        var list = new List<SchedulingRequest>();
        for (var b = 0; b < buyers; b++)
        {
            var chosen = new HashSet<int>();
            while (chosen.Count < slots)
            {
                var p = random.Next(participants);
                if (degree[p] < slots && chosen.Add(p))
                {
                    degree[p]++;
                }
            }
            list.AddRange(chosen.Select(p => new SchedulingRequest($"k{list.Count:0000}", $"startup-{p:000}", $"buyer-{b:00}")));
        }
        // Requests arrive in no particular order, as they do from the booking site.
        var shuffled = list.OrderBy(_ => random.Next()).ToList();
        return new SchedulingProblem(slots, buyers, people, shuffled);
    }

    private static HashSet<int> PartialAvailability(Random random, int slots)
    {
        var all = Enumerable.Range(0, slots);
        return random.Next(3) switch
        {
            0 => all.Skip(random.Next(2, slots / 2)).ToHashSet(),                 // arrives late
            1 => all.Take(random.Next(slots / 2, slots - 1)).ToHashSet(),         // leaves early
            _ => BreakAt(random.Next(2, slots - 4), random.Next(2, 4)),           // takes a break
        };

        HashSet<int> BreakAt(int start, int length) => all.Where(s => s < start || s >= start + length).ToHashSet();
    }

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }
}
