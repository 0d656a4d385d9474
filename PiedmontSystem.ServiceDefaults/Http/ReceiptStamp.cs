using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>
/// The instant a request reached the platform, stamped once by the gateway and signed with a
/// key only the gateway and the services hold. A service judges its rules (a deadline above
/// all) on this instant, so a request that arrived in time but waited in a queue behind the
/// gateway is not refused as late. A stamp a service cannot verify — no key, a bad signature, a
/// client's forgery, or an instant outside <see cref="Tolerance"/> of the service's own clock —
/// is ignored, and the service's own clock decides, as it did before stamps existed.
/// </summary>
public sealed class ReceiptStamp
{
    public const string TimeHeader = "Piedmont-Received-At";
    public const string SignatureHeader = "Piedmont-Received-At-Signature";

    /// <summary>Configuration key of the shared secret (at least 32 characters), set by the runner or the orchestrator.</summary>
    public const string KeySetting = "ReceiptStamp:Key";

    /// <summary>How far a stamp may lie from the service's clock: a queue's wait, plus clock skew.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly byte[]? _key;
    private readonly ILogger<ReceiptStamp> _logger;

    public ReceiptStamp(IConfiguration configuration, ILogger<ReceiptStamp> logger)
    {
        _logger = logger;
        if (configuration[KeySetting] is { Length: > 0 } key)
        {
            if (key.Length < 32)
            {
                throw new InvalidOperationException($"{KeySetting} must be a random secret of at least 32 characters.");
            }
            _key = Encoding.UTF8.GetBytes(key);
        }
    }

    public bool IsConfigured => _key is not null;

    /// <summary>The gateway's side: replaces whatever the client sent with a signed stamp of <paramref name="receivedAt"/>.</summary>
    public void Stamp(HttpRequest request, DateTimeOffset receivedAt)
    {
        request.Headers.Remove(TimeHeader);
        request.Headers.Remove(SignatureHeader);
        if (_key is null)
        {
            return;
        }
        var time = receivedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        request.Headers[TimeHeader] = time;
        request.Headers[SignatureHeader] = Sign(_key, request.Method, request.Path, time);
    }

    /// <summary>A service's side: the stamped instant when it verifies, otherwise null.</summary>
    public DateTimeOffset? ReadVerified(HttpRequest request, DateTimeOffset serviceNow)
    {
        if (_key is null || request.Headers[TimeHeader].ToString() is not { Length: > 0 } time)
        {
            return null;
        }
        var expected = Sign(_key, request.Method, request.Path, time);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(request.Headers[SignatureHeader].ToString()))
            || !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var stamped))
        {
            _logger.LogWarning("Ignored a {Header} stamp that does not verify on {Method} {Path}", TimeHeader, request.Method, request.Path);
            return null;
        }
        if (stamped > serviceNow + TimeSpan.FromSeconds(5) || stamped < serviceNow - Tolerance)
        {
            _logger.LogWarning("Ignored a {Header} stamp {Stamp:O} too far from this service's clock {Now:O}", TimeHeader, stamped, serviceNow);
            return null;
        }
        return stamped;
    }

    private static string Sign(byte[] key, string method, PathString path, string time) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{method}\n{path}\n{time}")));
}
