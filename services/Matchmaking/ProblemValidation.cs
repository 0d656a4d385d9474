namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Refuses input no schedule can be built from, with a message naming the culprit. Stale bookings
/// (a pin outside the session) are not refused here: they are reported in the result instead,
/// because they come from agendas published before the session changed.
/// </summary>
internal static class ProblemValidation
{
    public static void ThrowIfInvalid(SchedulingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.SlotCount < 0)
        {
            throw new ArgumentException($"SlotCount is {problem.SlotCount}; it cannot be negative.", nameof(problem));
        }
        if (problem.TableCount < 0)
        {
            throw new ArgumentException($"TableCount is {problem.TableCount}; it cannot be negative.", nameof(problem));
        }
        if (problem.Participants is null || problem.Requests is null)
        {
            throw new ArgumentException("Participants and Requests are required (use empty lists for none).", nameof(problem));
        }
        var participants = new HashSet<string>(StringComparer.Ordinal);
        foreach (var participant in problem.Participants)
        {
            if (participant?.Id is null)
            {
                throw new ArgumentException("Every participant needs an Id.", nameof(problem));
            }
            if (!participants.Add(participant.Id))
            {
                throw new ArgumentException($"Participant id '{participant.Id}' appears more than once.", nameof(problem));
            }
            if (participant.FixedTable is { } table && (table < 0 || table >= problem.TableCount))
            {
                throw new ArgumentException($"Participant '{participant.Id}' has fixed table {table}, outside the session's tables 0..{problem.TableCount - 1}.", nameof(problem));
            }
        }
        var requests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in problem.Requests)
        {
            if (request?.Id is null)
            {
                throw new ArgumentException("Every request needs an Id.", nameof(problem));
            }
            if (!requests.Add(request.Id))
            {
                throw new ArgumentException($"Request id '{request.Id}' appears more than once.", nameof(problem));
            }
            foreach (var who in new[] { request.First, request.Second })
            {
                if (who is null || !participants.Contains(who))
                {
                    throw new ArgumentException($"Request '{request.Id}' names participant '{who}', who is not among the session's participants.", nameof(problem));
                }
            }
            if (string.Equals(request.First, request.Second, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Request '{request.Id}' has participant '{request.First}' meeting themselves.", nameof(problem));
            }
        }
    }
}
