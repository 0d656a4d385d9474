using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.IntegrationEvents;

/// <summary>Builds Meet the corporates' integration events (docs/events.md) from its domain objects.</summary>
internal static class MatchmakingEvents
{
    public static SessionPublished SessionPublished(MatchmakingSession session, IReadOnlyList<Buyer> buyers) => new(
        session.Id, session.Title.It, session.Title.En, session.Date, session.Place,
        RomeTime.Show(session.StartsAt), RomeTime.Show(session.EndsAt), RomeTime.Show(session.RegistrationDeadline),
        session.PrioritySystems, QueryValues.Kebab(session.AcceptanceMode), QueryValues.Kebab(session.SchedulingMode),
        buyers.Select(b => b.Id).ToList(), buyers.Count(b => b.FromOutsideRegion), session.PublishedAt!.Value);

    public static MeetingScheduled MeetingScheduled(MatchmakingSession session, Meeting meeting, Buyer buyer, DateTimeOffset now) => new(
        meeting.Id, session.Id, meeting.RequestId, meeting.ParticipantOrganisationId, buyer.Id, buyer.RegistryOrganisationId,
        meeting.Slot, meeting.Table, RomeTime.Show(meeting.StartsAt(session)), RomeTime.Show(meeting.EndsAt(session)),
        QueryValues.Kebab(meeting.Origin), now);

    public static ContractSigned ContractSigned(Meeting meeting, Buyer buyer, MeetingOutcome outcome) => new(
        meeting.Id, meeting.SessionId, meeting.ParticipantOrganisationId, buyer.Id, buyer.RegistryOrganisationId, buyer.FromOutsideRegion,
        outcome.ContractValueEur!.Value, QueryValues.Kebab(outcome.Side), outcome.RecordedAt);
}
