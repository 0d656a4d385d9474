using System.ComponentModel.DataAnnotations;

namespace PiedmontSystem.Web.Security;

/// <summary>The portal's settings (section <c>Portal</c>).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The identity service's client id of the portal.</summary>
    public string ClientId { get; set; } = "piedmont-web";

    /// <summary>The client's secret (the identity service's <c>Identity:Clients:Web:Secret</c>).</summary>
    [Required]
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The OpenID Connect provider, the gateway's public address (its issuer). Defaults to
    /// <c>Authentication:Jwt:Authority</c>, which every process of the platform is given.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>How long a signed-in session lasts without a visit.</summary>
    public int SessionHours { get; set; } = 8;
}
