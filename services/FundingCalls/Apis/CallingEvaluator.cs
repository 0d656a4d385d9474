using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>Which registered evaluator the caller is, found by the <c>sub</c> of their token.</summary>
internal static class CallingEvaluator
{
    /// <summary>The caller's evaluator id, if the caller acts as an evaluator and is registered as one.</summary>
    public static async Task<Guid?> IdAsync(FundingServices services) =>
        services.User.Roles.Contains(Roles.Evaluator)
            ? await services.Db.Evaluators.Where(e => e.Subject == services.User.Subject).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(services.Cancellation)
            : null;

    /// <summary>The caller's evaluator record, if registered.</summary>
    public static async Task<Evaluator?> FindAsync(FundingServices services) =>
        await services.Db.Evaluators.AsNoTracking().FirstOrDefaultAsync(e => e.Subject == services.User.Subject, services.Cancellation);
}
