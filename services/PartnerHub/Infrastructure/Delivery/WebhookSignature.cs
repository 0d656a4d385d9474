using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>
/// Signatures per the Standard Webhooks specification: <c>v1,</c> + base64 HMAC-SHA256 of
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c>, keyed with the secret's bytes (the base64 after
/// <c>whsec_</c>); one per signing secret, space-separated, during a rotation.
/// </summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";

    /// <summary>A new secret: 32 random bytes.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string webhookId, long timestamp, ReadOnlySpan<byte> body, IEnumerable<string> secrets)
    {
        var signatures = new List<string>();
        foreach (var secret in secrets)
        {
            signatures.Add("v1," + Convert.ToBase64String(Compute(webhookId, timestamp, body, secret)));
        }
        return string.Join(' ', signatures);
    }

    /// <summary>What a receiver does (docs/webhooks-verification.md): true when one of the signatures matches.</summary>
    public static bool Verify(string webhookId, long timestamp, ReadOnlySpan<byte> body, string signatureHeader, string secret)
    {
        var expected = Compute(webhookId, timestamp, body, secret);
        foreach (var signature in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (signature.StartsWith("v1,", StringComparison.Ordinal) && TryBase64(signature[3..]) is { } given
                && CryptographicOperations.FixedTimeEquals(given, expected))
            {
                return true;
            }
        }
        return false;
    }

    private static byte[] Compute(string webhookId, long timestamp, ReadOnlySpan<byte> body, string secret)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var prefix = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp.ToString(CultureInfo.InvariantCulture)}.");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static byte[]? TryBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }
}
