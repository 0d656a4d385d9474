using System.Globalization;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PiedmontSystem.Identity.Infrastructure.Keys;

/// <summary>
/// The identity service's keys, read from one folder (<c>Identity:Keys:Directory</c>):
/// <list type="bullet">
/// <item><c>signing-*.pem</c>: RSA private keys (PEM). The newest name signs; every one is
/// published in the JWKS, so tokens signed with an older key stay valid until they expire.
/// Rotation: add a newer file, restart, remove the old one once its last token has expired
/// (docs/identity.md).</item>
/// <item><c>encryption-*.key</c>: 32 random bytes (base64) that protect authorization codes and
/// refresh tokens; the newest encrypts, every one decrypts.</item>
/// <item><c>data-protection/</c>: ASP.NET Core's key ring (sign-in cookies, anti-forgery tokens).</item>
/// </list>
/// In Development an empty folder gets a first key of each kind.
/// </summary>
public sealed record TokenKeys(IReadOnlyList<SecurityKey> Signing, IReadOnlyList<SecurityKey> Encryption, string DataProtectionDirectory)
{
    public const string Section = "Identity:Keys:Directory";

    public static TokenKeys Load(string directory, bool development)
    {
        Directory.CreateDirectory(directory);
        if (development)
        {
            CreateFirstKeys(directory);
        }
        var signing = Directory.GetFiles(directory, "signing-*.pem").Order(StringComparer.Ordinal).Reverse()
            .Select(path =>
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem(File.ReadAllText(path));
                return (SecurityKey)new RsaSecurityKey(rsa) { KeyId = Path.GetFileNameWithoutExtension(path) };
            })
            .ToList();
        var encryption = Directory.GetFiles(directory, "encryption-*.key").Order(StringComparer.Ordinal).Reverse()
            .Select(path => (SecurityKey)new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()))
            {
                KeyId = Path.GetFileNameWithoutExtension(path),
            })
            .ToList();
        if (signing.Count == 0 || encryption.Count == 0)
        {
            throw new InvalidOperationException(
                $"{directory} needs at least one signing-*.pem (RSA private key) and one encryption-*.key (32 random bytes, base64); " +
                "see docs/identity.md, \"Keys and their rotation\".");
        }
        return new TokenKeys(signing, encryption, Path.Combine(directory, "data-protection"));
    }

    private static void CreateFirstKeys(string directory)
    {
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        if (Directory.GetFiles(directory, "signing-*.pem").Length == 0)
        {
            using var rsa = RSA.Create(3072);
            WritePrivate(Path.Combine(directory, $"signing-{stamp}.pem"), rsa.ExportPkcs8PrivateKeyPem());
        }
        if (Directory.GetFiles(directory, "encryption-*.key").Length == 0)
        {
            WritePrivate(Path.Combine(directory, $"encryption-{stamp}.key"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
    }

    private static void WritePrivate(string path, string content)
    {
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
