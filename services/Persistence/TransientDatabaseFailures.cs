using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PiedmontSystem.Persistence;

/// <summary>What counts as the database being briefly away rather than the request being wrong.</summary>
public static class TransientDatabaseFailures
{
    /// <summary>The server shutting down, crashing or starting up: transient whatever Npgsql's own list says.</summary>
    public static readonly string[] ServerRestartCodes =
        [PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow];

    /// <summary>
    /// True when <paramref name="exception"/>, or one it wraps (EF wraps what Npgsql throws: a
    /// <see cref="DbUpdateException"/> on save, an <see cref="InvalidOperationException"/> "likely due
    /// to a transient failure", a <see cref="RetryLimitExceededException"/> when retries ran out), says
    /// the server could not be reached, went away, was restarting, or the pool timed out.
    /// An answer of a running server about the request (a unique violation, a syntax error) is not.
    /// </summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RetryLimitExceededException:
                    return true;
                case PostgresException postgres:
                    return postgres.IsTransient
                        || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || ServerRestartCodes.Contains(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                case TimeoutException:
                    return true;
            }
        }
        return false;
    }
}
