using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Persistence;

public static class SaveChangesExtensions
{
    /// <summary>Saves, turning a lost optimistic-concurrency race into the 412 the client expects.</summary>
    public static async Task SaveChangesCheckedAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw ETags.Conflict();
        }
    }
}
