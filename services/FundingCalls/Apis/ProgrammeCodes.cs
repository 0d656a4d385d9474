using Microsoft.EntityFrameworkCore;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>Programme codes by id: a call answers with its programme's code, not its id.</summary>
internal static class ProgrammeCodes
{
    public static async Task<Dictionary<Guid, string>> AllAsync(FundingServices services) =>
        await services.Db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, services.Cancellation);

    public static async Task<string> OfAsync(FundingServices services, Guid programmeId) =>
        await services.Db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => p.Code).FirstAsync(services.Cancellation);
}
