using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Partner.Webhooks;

/// <summary>Checks that a webhook delivery comes from the Piedmont partner hub (Standard Webhooks, v1 signatures).</summary>
public static class WebhookVerifier
{
    private const string SecretPrefix = "whsec_";
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>True when one of the delivery's signatures is right and its timestamp is within 5 minutes of now.</summary>
    /// <param name="secret">The subscription's secret: <c>whsec_</c> followed by the Base64 of the key.</param>
    /// <param name="id">The <c>webhook-id</c> header.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> header (Unix seconds).</param>
    /// <param name="signatures">The <c>webhook-signature</c> header: <c>v1,&lt;Base64&gt;</c>, several space-separated while a secret is rotated.</param>
    /// <param name="body">The request body, byte for byte as received (not parsed and re-serialized).</param>
    /// <param name="now">The current time.</param>
    public static bool IsValid(string secret, string id, string timestamp, string signatures, byte[] body, DateTimeOffset now)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A webhook secret starts with {SecretPrefix}.", nameof(secret));
        }
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var sentAt)
            || Math.Abs(now.ToUnixTimeSeconds() - sentAt) > Tolerance.TotalSeconds)
        {
            return false;
        }

        var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        var signedContent = Encoding.UTF8.GetBytes($"{id}.{timestamp}.").Concat(body).ToArray();
        var expected = HMACSHA256.HashData(key, signedContent);
        foreach (var signature in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = signature.Split(',', 2);
            if (parts is ["v1", var value] && TryFromBase64(value, out var given)
                && CryptographicOperations.FixedTimeEquals(expected, given))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TryFromBase64(string value, out byte[] bytes)
    {
        bytes = new byte[value.Length];
        if (Convert.TryFromBase64String(value, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }
        return false;
    }
}
