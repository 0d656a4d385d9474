using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PiedmontSystem.Persistence;

public static class UniqueViolations
{
    /// <summary>
    /// True when a save failed on a unique constraint (<paramref name="constraint"/>, if named):
    /// a second writer got there first, which the caller turns into the domain's own conflict.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string? constraint = null) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && (constraint is null || postgres.ConstraintName == constraint);
}
