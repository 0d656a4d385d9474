namespace PiedmontSystem.Web.Security;

/// <summary>
/// A signed-in person's session: the authentication ticket (claims and the access, refresh and
/// id tokens), encrypted with Data Protection. The browser's cookie holds only the key.
/// </summary>
public sealed class PortalSession
{
    public required string Id { get; init; }

    public required byte[] Ticket { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
