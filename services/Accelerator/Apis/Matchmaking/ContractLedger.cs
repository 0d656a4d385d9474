using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>A supply contract that came of a meeting, counted once per meeting (<see cref="SupplyContract"/>).</summary>
public sealed record SignedContract(Guid MeetingId, Guid SessionId, Guid ParticipantOrganisationId, string ParticipantName, Guid BuyerId, bool BuyerFromOutsideRegion, decimal ValueEur);

/// <summary>The supply contracts signed at Meet the corporates meetings: what the contracts report and the indicators count.</summary>
public static class ContractLedger
{
    /// <summary>Contracts of the published sessions held in <paramref name="year"/> (all years when null), or of one session.</summary>
    public static async Task<List<SignedContract>> ReadAsync(AcceleratorDbContext db, int? year, Guid? sessionId, CancellationToken cancellationToken)
    {
        var sessions = SessionsOf(db, year);
        if (sessionId is { } id)
        {
            sessions = sessions.Where(s => s.Id == id);
        }
        var rows = await db.MeetingOutcomes.AsNoTracking()
            .Where(o => o.Result == OutcomeResult.SupplyContractSigned && sessions.Any(s => s.Id == o.SessionId))
            .Join(db.Meetings.AsNoTracking().Where(m => m.Status != MeetingStatus.Cancelled), o => o.MeetingId, m => m.Id, (o, m) => new { Outcome = o, Meeting = m })
            .Join(db.Buyers.AsNoTracking(), x => x.Meeting.BuyerId, b => b.Id, (x, b) => new { x.Outcome, x.Meeting, b.FromOutsideRegion })
            .Join(db.SessionRegistrations.AsNoTracking(), x => x.Meeting.RegistrationId, r => r.Id, (x, r) => new { x.Outcome, x.Meeting, x.FromOutsideRegion, r.OrganisationName })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Meeting.Id)
            .Select(g =>
            {
                var meeting = g.First().Meeting;
                return new SignedContract(meeting.Id, meeting.SessionId, meeting.ParticipantOrganisationId, g.First().OrganisationName, meeting.BuyerId,
                    g.First().FromOutsideRegion, SupplyContract.ValueOf(g.Select(x => x.Outcome)) ?? 0m);
            })
            .ToList();
    }

    /// <summary>Sessions that count: published (not drafts), held in the year when one is given.</summary>
    public static IQueryable<MatchmakingSession> SessionsOf(AcceleratorDbContext db, int? year)
    {
        var sessions = db.MatchmakingSessions.AsNoTracking().Where(s => s.Status != SessionStatus.Draft);
        return year is { } y ? sessions.Where(s => s.Date >= new DateOnly(y, 1, 1) && s.Date <= new DateOnly(y, 12, 31)) : sessions;
    }
}
