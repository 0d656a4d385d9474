using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.Apis;

public sealed record ServiceDeliveryRequest(
    [property: Required] ServiceKind? Kind,
    [property: Range(typeof(decimal), "0.25", "200")] decimal Hours,
    [property: Required] Guid? ProviderId,
    [property: Required] DateOnly? DeliveredOn,
    [property: StringLength(2000)] string? Note);

public sealed record ServiceDeliveryResponse(Guid Id, Guid ApplicationId, ServiceKind Kind, decimal Hours, Guid ProviderId, string? ProviderName, DateOnly DeliveredOn, string? Note, DateTimeOffset RecordedAt);

public sealed record CompletionRequest([property: Required] DateOnly? CompletedOn);

public sealed record DropOutRequest([property: Required] DateOnly? DroppedOutOn, [property: Required, StringLength(1000, MinimumLength = 3)] string? Reason);

/// <summary>A start-up of the cohort with its progress: hours per service against the plan, and the share delivered.</summary>
public sealed record CohortMemberResponse(
    Guid ApplicationId, Guid OrganisationId, string? LegalName, ApplicationStatus Status, DateTimeOffset? AdmittedAt, DateOnly? CompletedOn, DateOnly? DroppedOutOn,
    string? DropOutReason, IReadOnlyList<ServiceProgress> Services, decimal ProgressPercent);

public sealed record CohortResponse(Guid IntakeId, string IntakeCode, int CohortCapacity, DateTimeOffset? CompletedAt, IReadOnlyList<CohortMemberResponse> Members);
