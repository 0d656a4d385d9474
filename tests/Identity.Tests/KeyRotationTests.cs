using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace PiedmontSystem.Identity.Tests;

/// <summary>
/// Key rotation as docs/identity.md describes it: a key folder with an older and a newer signing
/// key; the newer signs, both are published, so tokens signed with the older one stay valid.
/// </summary>
public sealed class KeyRotationTests(KeyRotationTests.TwoKeysFixture identity) : IClassFixture<KeyRotationTests.TwoKeysFixture>
{
    [Fact]
    public async Task The_newest_key_signs_and_every_key_in_the_folder_is_published()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        var code = await browser.AuthorizeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, "openid api", person);
        var tokens = await browser.ExchangeCodeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, code);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal(TwoKeysFixture.NewerKey, new JsonWebToken(tokens.AccessToken).Kid);

        using var client = identity.Client();
        var jwks = JsonDocument.Parse(await client.GetStringAsync("/.well-known/jwks")).RootElement;
        var published = jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).Order().ToArray();
        Assert.Equal([TwoKeysFixture.OlderKey, TwoKeysFixture.NewerKey], published);
    }

    public sealed class TwoKeysFixture : IdentityFixture
    {
        public const string OlderKey = "signing-20260101T000000";
        public const string NewerKey = "signing-20261101T000000";

        private readonly string _directory = Path.Combine(Path.GetTempPath(), $"piedmont-key-rotation-{Guid.NewGuid():N}");

        protected override void Configure(ServiceFactory<Infrastructure.IdentityServiceDbContext> service)
        {
            Directory.CreateDirectory(_directory);
            foreach (var name in new[] { OlderKey, NewerKey })
            {
                using var rsa = RSA.Create(2048);
                File.WriteAllText(Path.Combine(_directory, name + ".pem"), rsa.ExportPkcs8PrivateKeyPem());
            }
            File.WriteAllText(Path.Combine(_directory, "encryption-20260101T000000.key"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            service.WithSetting("Identity:Keys:Directory", _directory);
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
