using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// A new meeting request with a message: a registered organisation names the <c>buyerId</c> it wants
/// to meet; a buyer's user names the <c>organisationId</c> (registry id) of a registered organisation.
/// </summary>
public sealed record NewMeetingRequest(
    Guid? BuyerId,
    Guid? OrganisationId,
    [property: Required, StringLength(2000, MinimumLength = 1)] string? Message) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((BuyerId is null) == (OrganisationId is null))
        {
            yield return new ValidationResult("Name either the buyer to meet (an organisation's request) or the organisation to meet (a buyer's request).",
                [BuyerId is null ? nameof(BuyerId) : nameof(OrganisationId)]);
        }
    }
}

/// <summary>Books an accepted request into a slot (0-based index of the session's slots).</summary>
public sealed record BookingRequest([property: Required, Range(0, SessionTerms.MaxSlots - 1)] int? Slot);

public sealed record MeetingRequestResponse(
    Guid Id,
    Guid SessionId,
    Guid RegistrationId,
    Guid ParticipantOrganisationId,
    string ParticipantName,
    Guid BuyerId,
    string BuyerName,
    Side From,
    Side To,
    string Message,
    RequestStatus Status,
    DateTimeOffset SentAt,
    DateTimeOffset? AnsweredAt,
    Guid? MeetingId)
{
    public static MeetingRequestResponse Of(MeetingRequest r, string participantName, string buyerName, Guid? meetingId) => new(
        r.Id, r.SessionId, r.RegistrationId, r.ParticipantOrganisationId, participantName, r.BuyerId, buyerName, r.From, r.To, r.Message, r.Status,
        r.SentAt, r.AnsweredAt, meetingId);
}
