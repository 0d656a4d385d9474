using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>Finding a session: published ones are public, drafts are the managers' working papers (404 for anyone else).</summary>
internal static class SessionLookup
{
    public static async Task<MatchmakingSession?> VisibleAsync(AcceleratorServices services, Guid id)
    {
        var session = await services.Db.MatchmakingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, services.Cancellation);
        return session is null || (!session.IsPublic && !services.User.Roles.Contains(Roles.AcceleratorManager)) ? null : session;
    }

    /// <summary>A session to change, tracked (managers' endpoints).</summary>
    public static Task<MatchmakingSession?> TrackedAsync(AcceleratorServices services, Guid id) =>
        services.Db.MatchmakingSessions.FirstOrDefaultAsync(s => s.Id == id, services.Cancellation);

    /// <summary>The session of something that exists (a registration, request or meeting), read-only.</summary>
    public static Task<MatchmakingSession> OfAsync(AcceleratorServices services, Guid id) =>
        services.Db.MatchmakingSessions.AsNoTracking().FirstAsync(s => s.Id == id, services.Cancellation);
}
