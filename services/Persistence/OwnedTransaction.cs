using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PiedmontSystem.Persistence;

/// <summary>
/// A transaction a handler needs (e.g. to lock a row first), begun only if the request is not
/// already in one: with an <c>Idempotency-Key</c> the idempotency filter's transaction wraps the
/// handler, and the filter commits it together with the stored answer.
/// </summary>
public sealed class OwnedTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _owned;

    private OwnedTransaction(IDbContextTransaction? owned) => _owned = owned;

    public static async Task<OwnedTransaction> BeginAsync(DbContext db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    /// <summary>Commits if this began the transaction; otherwise whoever began it commits.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => _owned?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
