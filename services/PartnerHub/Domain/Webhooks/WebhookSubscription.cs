namespace PiedmontSystem.PartnerHub.Domain.Webhooks;

/// <summary>
/// A partner system's webhook: where to deliver which events, signed with which secrets, and how
/// its endpoint has been answering. The partner (its OAuth client id) manages it; operators see it.
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; private init; }

    /// <summary>The partner system's client id (the <c>sub</c> of its token).</summary>
    public string PartnerId { get; private init; } = "";

    public string Url { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>Where the hub writes when it disables the subscription (optional).</summary>
    public string? ContactEmail { get; private set; }

    public List<string> EventTypes { get; private set; } = [];

    public List<string> ClusterCodes { get; private set; } = [];

    public List<string> CallCodes { get; private set; } = [];

    public List<string> PrioritySystems { get; private set; } = [];

    public SubscriptionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public string? DisabledReason { get; private set; }

    /// <summary>Failed answers in a row; the delivery lanes keep it (and the fields below) in SQL.</summary>
    public int ConsecutiveFailures { get; private set; }

    /// <summary>The first failure since the last success; null while the endpoint answers.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public DateTimeOffset? LastSuccessAt { get; private set; }

    public DateTimeOffset? LastFailureAt { get; private set; }

    /// <summary>While the endpoint keeps failing, nothing is sent to it before this instant but one probe.</summary>
    public DateTimeOffset? PausedUntil { get; private set; }

    public List<WebhookSecret> Secrets { get; private init; } = [];

    public WebhookFilter Filter => new(EventTypes, ClusterCodes, CallCodes, PrioritySystems);

    public static WebhookSubscription Create(string partnerId, string url, string? description, string? contactEmail, WebhookFilter filter, string protectedSecret, DateTimeOffset now)
    {
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(now),
            PartnerId = partnerId,
            CreatedAt = now,
            Status = SubscriptionStatus.PendingVerification,
        };
        subscription.Change(url, description, contactEmail, filter, now);
        subscription.Secrets.Add(WebhookSecret.Create(subscription.Id, protectedSecret, now));
        return subscription;
    }

    /// <summary>Changes the subscription; a new URL must be verified again before anything is sent to it.</summary>
    public void Change(string url, string? description, string? contactEmail, WebhookFilter filter, DateTimeOffset now)
    {
        if (Url.Length > 0 && !string.Equals(Url, url, StringComparison.Ordinal))
        {
            Status = SubscriptionStatus.PendingVerification;
            VerifiedAt = null;
        }
        Url = url;
        Description = description;
        ContactEmail = contactEmail;
        EventTypes = [.. filter.EventTypes.Distinct(StringComparer.Ordinal)];
        ClusterCodes = [.. filter.ClusterCodes.Select(c => c.ToUpperInvariant()).Distinct()];
        CallCodes = [.. filter.CallCodes.Select(c => c.ToUpperInvariant()).Distinct()];
        PrioritySystems = [.. filter.PrioritySystems.Select(c => c.ToUpperInvariant()).Distinct()];
        UpdatedAt = now;
    }

    /// <summary>The signed test delivery succeeded: the subscription receives events from now on.</summary>
    public void Verified(DateTimeOffset now)
    {
        Status = SubscriptionStatus.Active;
        VerifiedAt = now;
        DisabledAt = null;
        DisabledReason = null;
        ConsecutiveFailures = 0;
        FailingSince = null;
        PausedUntil = null;
        LastSuccessAt = now;
        UpdatedAt = now;
    }

    /// <summary>
    /// A new secret, which signs from now on; the current one keeps signing beside it until
    /// <paramref name="overlap"/> has passed. Secrets already rotated away stop now.
    /// </summary>
    public void RotateSecret(string protectedSecret, TimeSpan overlap, DateTimeOffset now)
    {
        foreach (var secret in Secrets.Where(s => s.SignsAt(now)))
        {
            secret.ExpiresAt = secret.ExpiresAt is null ? now + overlap : now;
        }
        Secrets.Add(WebhookSecret.Create(Id, protectedSecret, now));
        UpdatedAt = now;
    }

    public void Disable(string reason, DateTimeOffset now)
    {
        Status = SubscriptionStatus.Disabled;
        DisabledAt = now;
        DisabledReason = reason;
        UpdatedAt = now;
    }

    /// <summary>The secrets that sign a delivery sent at <paramref name="now"/>, newest first.</summary>
    public IEnumerable<WebhookSecret> SigningSecrets(DateTimeOffset now) =>
        Secrets.Where(s => s.SignsAt(now)).OrderByDescending(s => s.CreatedAt);
}
