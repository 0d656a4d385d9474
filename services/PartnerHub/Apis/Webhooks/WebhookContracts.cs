using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.PartnerHub.Domain.Webhooks;
using PiedmontSystem.RequestHandling.Validation;

namespace PiedmontSystem.PartnerHub.Apis.Webhooks;

/// <summary>
/// A webhook subscription as its partner writes it: where, which event types (webhook types of
/// <c>GET /api/partners/event-types</c>), and optionally only events about some clusters, calls or
/// priority systems.
/// </summary>
public sealed record WebhookSubscriptionRequest(
    [property: Required, StringLength(2000)] string? Url,
    [property: Required, MinLength(1, ErrorMessage = "Name at least one event type.")] IReadOnlyList<string>? EventTypes,
    IReadOnlyList<string>? ClusterCodes,
    IReadOnlyList<string>? CallCodes,
    IReadOnlyList<string>? PrioritySystems,
    [property: StringLength(300)] string? Description,
    [property: EmailAddress, StringLength(254)] string? ContactEmail) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < (EventTypes?.Count ?? 0); i++)
        {
            if (EventTypes![i] is not { } type || !EventCatalogue.TryFind(type, out _))
            {
                yield return new ValidationResult($"'{EventTypes[i]}' is not an event type (see GET /api/partners/event-types), e.g. registry.organisation-registered.v1.", [$"eventTypes[{i}]"]);
            }
        }
        foreach (var result in CodeLists.PrioritySystems(PrioritySystems, "prioritySystems"))
        {
            yield return result;
        }
        foreach (var (codes, field) in new[] { (ClusterCodes, "clusterCodes"), (CallCodes, "callCodes") })
        {
            if (codes?.FirstOrDefault(c => string.IsNullOrWhiteSpace(c) || c.Length > 40 || !c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_')) is { } bad)
            {
                yield return new ValidationResult($"'{bad}' is not a code (letters, digits, - and _, at most 40).", [field]);
            }
        }
    }

    public WebhookFilter Filter => new(EventTypes ?? [], ClusterCodes ?? [], CallCodes ?? [], PrioritySystems ?? []);
}

/// <summary>How the endpoint has been answering.</summary>
public sealed record EndpointHealth(int ConsecutiveFailures, DateTimeOffset? FailingSince, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastFailureAt, DateTimeOffset? PausedUntil);

/// <summary>A webhook subscription, without its secret.</summary>
public sealed record WebhookSubscriptionResponse(
    Guid Id,
    string PartnerId,
    string Url,
    string? Description,
    string? ContactEmail,
    IReadOnlyList<string> EventTypes,
    IReadOnlyList<string> ClusterCodes,
    IReadOnlyList<string> CallCodes,
    IReadOnlyList<string> PrioritySystems,
    SubscriptionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? VerifiedAt,
    DateTimeOffset? DisabledAt,
    string? DisabledReason,
    EndpointHealth Health,
    DateTimeOffset? PreviousSecretExpiresAt)
{
    public static WebhookSubscriptionResponse Of(WebhookSubscription s, DateTimeOffset now) => new(
        s.Id, s.PartnerId, s.Url, s.Description, s.ContactEmail, s.EventTypes, s.ClusterCodes, s.CallCodes, s.PrioritySystems,
        s.Status, s.CreatedAt, s.UpdatedAt, s.VerifiedAt, s.DisabledAt, s.DisabledReason,
        new EndpointHealth(s.ConsecutiveFailures, s.FailingSince, s.LastSuccessAt, s.LastFailureAt, s.PausedUntil),
        s.Secrets.Where(x => x.ExpiresAt > now).Max(x => x.ExpiresAt));
}

/// <summary>A new subscription, with its signing secret: shown this once, never again.</summary>
public sealed record CreatedWebhookSubscription(WebhookSubscriptionResponse Subscription, string Secret);

/// <summary>How the signed test delivery went; the subscription is active when it was answered 2xx.</summary>
public sealed record VerificationResponse(bool Verified, int? StatusCode, int LatencyMs, string? ResponseExcerpt, string? Error, WebhookSubscriptionResponse Subscription);

/// <summary>How long the current secret keeps signing beside the new one (hours, 0-168; 24 when not given).</summary>
public sealed record SecretRotationRequest([property: Range(0, 168)] int? OverlapHours);

/// <summary>The new secret (shown this once) and until when the previous one still signs.</summary>
public sealed record SecretRotationResponse(string Secret, DateTimeOffset? PreviousSecretExpiresAt);

/// <summary>Replay one event (<c>messageId</c>) or every matching event received since an instant (<c>since</c>): exactly one of the two.</summary>
public sealed record ReplayRequest(Guid? MessageId, DateTimeOffset? Since) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((MessageId is null) == (Since is null))
        {
            yield return new ValidationResult("Give either messageId or since.", [MessageId is null ? "messageId" : "since"]);
        }
    }
}

public sealed record ReplayResponse(int Replayed);

/// <summary>One event to the subscription: where its delivery stands.</summary>
public sealed record DeliveryResponse(
    Guid Id, Guid MessageId, string Type, DeliveryStatus Status, int Attempts, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt, int? LastStatusCode, DateTimeOffset? DeliveredAt, DateTimeOffset CreatedAt)
{
    public static DeliveryResponse Of(WebhookDelivery d) => new(d.Id, d.MessageId, d.WebhookType, d.Status, d.Attempts,
        d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : null, d.LastAttemptAt, d.LastStatusCode, d.DeliveredAt, d.CreatedAt);
}

/// <summary>One call to the endpoint: the delivery log.</summary>
public sealed record AttemptResponse(
    Guid Id, Guid MessageId, string Type, Guid? DeliveryId, int Number, DateTimeOffset AttemptedAt, bool Succeeded,
    int? StatusCode, int LatencyMs, string? ResponseExcerpt, string? Error)
{
    public static AttemptResponse Of(DeliveryAttempt a) =>
        new(a.Id, a.MessageId, a.WebhookType, a.DeliveryId, a.Number, a.AttemptedAt, a.Succeeded, a.StatusCode, a.LatencyMs, a.ResponseExcerpt, a.Error);
}

/// <summary>An event type partners can subscribe to.</summary>
public sealed record EventTypeResponse(string Type, string Area, string Scope, string Exchange, string MessageUrn)
{
    public static EventTypeResponse Of(CatalogueEntry e) => new(e.WebhookType, e.Area, EventCatalogue.ScopeOf(e.Area), e.Exchange, e.Urn);
}
