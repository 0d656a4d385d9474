namespace PiedmontSystem.PartnerHub.Domain.Webhooks;

/// <summary>Where a webhook subscription stands. Only an active one receives events.</summary>
public enum SubscriptionStatus
{
    /// <summary>Created or changed, waiting for a signed test delivery to succeed.</summary>
    PendingVerification,

    /// <summary>Verified: receives every matching event.</summary>
    Active,

    /// <summary>Turned off after its endpoint failed for days; a successful verification turns it on again.</summary>
    Disabled,
}
