using Microsoft.EntityFrameworkCore;

namespace PiedmontSystem.Persistence;

/// <summary>
/// Seeds reference data after migrations. Must be idempotent: it runs at every start, must never
/// duplicate a record and never overwrite one an officer has edited.
/// </summary>
public interface IDatabaseSeeder<in TContext> where TContext : DbContext
{
    Task SeedAsync(TContext db, CancellationToken cancellationToken);
}
