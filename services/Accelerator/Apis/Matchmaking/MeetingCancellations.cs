using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// What is called off with a registration or a request: its live meetings are cancelled and, with a
/// registration, its live requests withdrawn. Tracked changes, saved by the caller's <c>SaveChanges</c>.
/// </summary>
internal static class MeetingCancellations
{
    public static async Task<int> CancelMeetingsOfRequestsAsync(AcceleratorServices services, MatchmakingSession session, IReadOnlyCollection<Guid> requestIds)
    {
        var meetings = await services.Db.Meetings
            .Where(m => requestIds.Contains(m.RequestId) && m.Status != MeetingStatus.Cancelled).ToListAsync(services.Cancellation);
        foreach (var meeting in meetings)
        {
            meeting.Cancel(session, services.User.AuditName, services.Now);
        }
        return meetings.Count;
    }

    /// <summary>A cancelled registration's live requests are withdrawn and their meetings cancelled.</summary>
    public static async Task<(int Requests, int Meetings)> CallOffRegistrationAsync(AcceleratorServices services, MatchmakingSession session, Registration registration)
    {
        var requests = await services.Db.MeetingRequests
            .Where(r => r.RegistrationId == registration.Id && (r.Status == RequestStatus.Pending || r.Status == RequestStatus.Accepted))
            .ToListAsync(services.Cancellation);
        foreach (var request in requests)
        {
            request.Withdraw(session, by: null, services.Now);
        }
        var meetings = await CancelMeetingsOfRequestsAsync(services, session, requests.Select(r => r.Id).ToList());
        return (requests.Count, meetings);
    }
}
