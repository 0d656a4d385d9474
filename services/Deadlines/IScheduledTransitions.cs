namespace PiedmontSystem.Deadlines;

/// <summary>
/// Things that move on by themselves when their time comes (a call or an intake opening at its
/// opening, closing after its deadline), as one service keeps them. <see cref="TransitionClock{T}"/>
/// asks for the ones due and moves each.
/// </summary>
public interface IScheduledTransitions
{
    /// <summary>The ids of everything due to move at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Guid>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Moves one, in its own transaction, announcing the change. Skips it (false) when someone else
    /// holds it: the next tick finds it moved or still due.
    /// </summary>
    Task<bool> MoveAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);
}
