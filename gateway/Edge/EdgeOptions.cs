namespace PiedmontSystem.Gateway.Edge;

/// <summary>Settings of the public edge, bound from <c>Gateway</c>.</summary>
public sealed class EdgeOptions
{
    public const string Section = "Gateway";

    /// <summary>Largest request body accepted, in bytes (413 above).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Web origins allowed to call the API from a browser.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    public RateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>
/// A token bucket per client (the token's subject, or the remote address for anonymous calls):
/// bursts up to <see cref="BurstLimit"/>, refilled at <see cref="RequestsPerSecond"/>.
/// </summary>
public sealed class RateLimitOptions
{
    public int RequestsPerSecond { get; set; } = 20;
    public int BurstLimit { get; set; } = 100;
}
