using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// The seed's result indicators of Meet the corporates for one session: meetings organised
/// (scheduled, and of those held), participating SMEs (organisations registered and not cancelled),
/// buyers and buyers from outside Piedmont, supply contracts signed and their value in euros.
/// A meeting counts as held when its session is closed or a side recorded an outcome.
/// </summary>
public sealed record SessionFigures(
    Guid SessionId,
    string TitleIt,
    string TitleEn,
    DateOnly Date,
    SessionStatus Status,
    int MeetingsScheduled,
    int MeetingsHeld,
    int ParticipatingSmes,
    int Buyers,
    int BuyersFromOutsideRegion,
    int ContractsSigned,
    decimal ContractsValueEur);

/// <summary>The same figures over every session counted; organisations and buyers that took part in several sessions count once.</summary>
public sealed record MatchmakingTotals(
    int Sessions,
    int MeetingsScheduled,
    int MeetingsHeld,
    int ParticipatingSmes,
    int Buyers,
    int BuyersFromOutsideRegion,
    int ContractsSigned,
    decimal ContractsValueEur);

public sealed record MatchmakingFigures(IReadOnlyList<SessionFigures> Sessions, MatchmakingTotals Totals);

/// <summary>
/// Meet the corporates' figures for the accelerator's indicators endpoint: per published session
/// held in <c>year</c> (every year when null), oldest first, and their totals.
/// </summary>
public static class MatchmakingIndicators
{
    public static async Task<MatchmakingFigures> ComputeAsync(AcceleratorDbContext db, int? year, CancellationToken ct)
    {
        var sessions = await ContractLedger.SessionsOf(db, year).OrderBy(s => s.Date).ThenBy(s => s.Id).ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.SessionId) && m.Status == MeetingStatus.Scheduled)
            .Select(m => new { m.SessionId, HasOutcome = db.MeetingOutcomes.Any(o => o.MeetingId == m.Id) })
            .ToListAsync(ct);
        var registrations = await db.SessionRegistrations.AsNoTracking()
            .Where(r => ids.Contains(r.SessionId) && r.Status == RegistrationStatus.Registered)
            .Select(r => new { r.SessionId, r.OrganisationId })
            .ToListAsync(ct);
        var buyers = await db.SessionBuyers.AsNoTracking().Where(sb => ids.Contains(sb.SessionId))
            .Join(db.Buyers.AsNoTracking(), sb => sb.BuyerId, b => b.Id, (sb, b) => new { sb.SessionId, b.Id, b.FromOutsideRegion })
            .ToListAsync(ct);
        var contracts = await ContractLedger.ReadAsync(db, year, null, ct);

        var closed = sessions.Where(s => s.Status == SessionStatus.Closed).Select(s => s.Id).ToHashSet();
        var perSession = sessions.Select(s =>
        {
            var of = meetings.Where(m => m.SessionId == s.Id).ToList();
            var theirBuyers = buyers.Where(b => b.SessionId == s.Id).ToList();
            var theirContracts = contracts.Where(c => c.SessionId == s.Id).ToList();
            return new SessionFigures(
                s.Id, s.Title.It, s.Title.En, s.Date, s.Status,
                of.Count,
                of.Count(m => closed.Contains(m.SessionId) || m.HasOutcome),
                registrations.Where(r => r.SessionId == s.Id).Select(r => r.OrganisationId).Distinct().Count(),
                theirBuyers.Count,
                theirBuyers.Count(b => b.FromOutsideRegion),
                theirContracts.Count,
                theirContracts.Sum(c => c.ValueEur));
        }).ToList();

        var totals = new MatchmakingTotals(
            sessions.Count,
            perSession.Sum(s => s.MeetingsScheduled),
            perSession.Sum(s => s.MeetingsHeld),
            registrations.Select(r => r.OrganisationId).Distinct().Count(),
            buyers.Select(b => b.Id).Distinct().Count(),
            buyers.Where(b => b.FromOutsideRegion).Select(b => b.Id).Distinct().Count(),
            contracts.Count,
            contracts.Sum(c => c.ValueEur));
        return new MatchmakingFigures(perSession, totals);
    }
}
