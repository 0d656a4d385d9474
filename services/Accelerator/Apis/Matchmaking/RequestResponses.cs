using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>Requests as every endpoint answers them: with both sides' names and their live meeting, if any.</summary>
internal static class RequestResponses
{
    public static async Task<MeetingRequestResponse> OfAsync(AcceleratorServices services, MeetingRequest request) =>
        (await OfAsync(services, [request]))[0];

    public static async Task<List<MeetingRequestResponse>> OfAsync(AcceleratorServices services, IReadOnlyList<MeetingRequest> requests)
    {
        var registrationIds = requests.Select(r => r.RegistrationId).Distinct().ToList();
        var buyerIds = requests.Select(r => r.BuyerId).Distinct().ToList();
        var requestIds = requests.Select(r => r.Id).ToList();
        var names = await services.Db.SessionRegistrations.AsNoTracking().Where(r => registrationIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.OrganisationName, services.Cancellation);
        var buyers = await services.Db.Buyers.AsNoTracking().Where(b => buyerIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, services.Cancellation);
        var meetings = await services.Db.Meetings.AsNoTracking().Where(m => requestIds.Contains(m.RequestId) && m.Status != MeetingStatus.Cancelled)
            .Select(m => new { m.RequestId, m.Id }).ToDictionaryAsync(m => m.RequestId, m => m.Id, services.Cancellation);
        return requests.Select(r => MeetingRequestResponse.Of(r, names.GetValueOrDefault(r.RegistrationId, ""), buyers.GetValueOrDefault(r.BuyerId, ""),
            meetings.TryGetValue(r.Id, out var meeting) ? meeting : null)).ToList();
    }
}
