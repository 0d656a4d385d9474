using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// Who is calling, as Meet the corporates sees them: an accelerator manager, an organisation user
/// (a start-up or SME), or a buyer's user (an organisation user whose <c>org</c> claim is a buyer's
/// <see cref="Buyer.OrganisationId"/>). The one place object-level access is decided.
/// </summary>
internal sealed record MatchmakingCaller(bool IsManager, Guid? OrganisationId, Guid? BuyerId)
{
    public static async Task<MatchmakingCaller> OfAsync(AcceleratorServices services)
    {
        var user = services.User;
        var organisation = user.Roles.Contains(Roles.OrganisationUser) ? user.OrganisationId : null;
        var buyerId = organisation is { } org
            ? await services.Db.Buyers.AsNoTracking().Where(b => b.OrganisationId == org).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(services.Cancellation)
            : null;
        return new MatchmakingCaller(user.Roles.Contains(Roles.AcceleratorManager), organisation, buyerId);
    }

    public bool ActsForOrganisation(Guid organisationId) => OrganisationId == organisationId;

    public bool ActsForBuyer(Guid buyerId) => BuyerId == buyerId;

    /// <summary>The side of the request or meeting the caller acts for, if any.</summary>
    public Side? SideOf(Guid participantOrganisationId, Guid buyerId) =>
        ActsForOrganisation(participantOrganisationId) ? Side.Participant : ActsForBuyer(buyerId) ? Side.Buyer : null;

    /// <summary>Managers and the two sides see a request or a meeting; anyone else is told it does not exist.</summary>
    public bool Sees(Guid participantOrganisationId, Guid buyerId) => IsManager || SideOf(participantOrganisationId, buyerId) is not null;

    /// <summary>Requests or meetings of a session the caller may list: all for managers, their own side's for the others.</summary>
    public IQueryable<MeetingRequest> Visible(IQueryable<MeetingRequest> requests) =>
        IsManager ? requests : requests.Where(r => r.ParticipantOrganisationId == OrganisationId || r.BuyerId == BuyerId);

    public IQueryable<Meeting> Visible(IQueryable<Meeting> meetings) =>
        IsManager ? meetings : meetings.Where(m => m.ParticipantOrganisationId == OrganisationId || m.BuyerId == BuyerId);
}
