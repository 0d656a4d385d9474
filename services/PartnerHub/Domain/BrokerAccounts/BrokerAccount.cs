namespace PiedmontSystem.PartnerHub.Domain.BrokerAccounts;

/// <summary>
/// A partner system's own RabbitMQ user, as the hub provisioned it: which partner, under which
/// user name, for which event areas, and who created, rotated and revoked it. The password is
/// never kept (it is shown once); a revoked account stays as the record of what was granted.
/// </summary>
public sealed class BrokerAccount
{
    public Guid Id { get; private init; }

    /// <summary>The partner system's client id (the <c>sub</c> of its tokens).</summary>
    public string PartnerId { get; private init; } = "";

    /// <summary>The RabbitMQ user, <see cref="BrokerAccountRules.UserNameOf"/> the partner id.</summary>
    public string UserName { get; private init; } = "";

    public string VirtualHost { get; private init; } = "";

    /// <summary>The event areas whose exchanges the user may bind its queues to.</summary>
    public List<string> EventAreas { get; private init; } = [];

    public DateTimeOffset CreatedAt { get; private init; }

    public string CreatedBy { get; private init; } = "";

    public DateTimeOffset? PasswordRotatedAt { get; private set; }

    public string? PasswordRotatedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static BrokerAccount Provision(string partnerId, string virtualHost, IEnumerable<string> eventAreas, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PartnerId = partnerId,
        UserName = BrokerAccountRules.UserNameOf(partnerId),
        VirtualHost = virtualHost,
        EventAreas = BrokerAccountRules.InCatalogueOrder(eventAreas),
        CreatedAt = now,
        CreatedBy = by,
    };

    public void PasswordRotated(string by, DateTimeOffset now)
    {
        PasswordRotatedAt = now;
        PasswordRotatedBy = by;
    }

    public void Revoke(string by, DateTimeOffset now)
    {
        RevokedAt = now;
        RevokedBy = by;
    }
}
