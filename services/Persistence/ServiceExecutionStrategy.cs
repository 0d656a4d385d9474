using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace PiedmontSystem.Persistence;

/// <summary>
/// EF's retrying strategy for PostgreSQL, as every service uses it: a query or a save that meets a
/// transient failure (the server restarting, a broken connection) is run again, after 0 s, about
/// 1 s and about 3 s. An HTTP request runs as one unit of work inside it (<see cref="RequestUnitOfWork{TContext}"/>),
/// so a request that opens its own transaction is retried whole, from the start.
/// Work in a transaction begun outside the strategy (a consumer's, the outbox dispatcher's) is
/// run once instead of refused: retrying one statement of a broken transaction cannot succeed,
/// and those callers have their own retries (redelivery, the next dispatch round).
/// </summary>
internal sealed class ServiceExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(5), TransientDatabaseFailures.ServerRestartCodes)
{
    /// <summary>Enough to ride out a server restart of a few seconds; more would keep clients waiting for a 503.</summary>
    public const int MaxRetries = 3;

    private bool InTransactionBegunOutside => Current is null && Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    public override TResult Execute<TState, TResult>(
        TState state, Func<DbContext, TState, TResult> operation, Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        InTransactionBegunOutside
            ? operation(Dependencies.CurrentContext.Context, state)
            : base.Execute(state, operation, verifySucceeded);

    public override Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default) =>
        InTransactionBegunOutside
            ? operation(Dependencies.CurrentContext.Context, state, cancellationToken)
            : base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);

    /// <summary>
    /// After a restart every idle pooled connection is dead, and each would fail one attempt:
    /// the pool is emptied so that the retry opens a fresh connection.
    /// </summary>
    protected override void OnRetry()
    {
        if (Dependencies.CurrentContext.Context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }
        base.OnRetry();
    }
}
