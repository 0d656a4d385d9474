using System.Security.Cryptography;
using System.Text;
using PiedmontSystem.PartnerHub.Infrastructure.Delivery;

namespace PiedmontSystem.PartnerHub.Tests.Unit;

public class WebhookSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":"registry.organisation-registered.v1","data":{}}""");

    [Fact]
    public void The_signature_is_v1_and_the_base64_hmac_sha256_of_id_timestamp_and_body_keyed_with_the_secret_bytes()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var secret = "whsec_" + Convert.ToBase64String(key);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("msg_1.1700000000.").Concat(Body).ToArray()));

        Assert.Equal($"v1,{expected}", WebhookSignature.Sign("msg_1", 1700000000, Body, [secret]));
    }

    [Fact]
    public void During_a_rotation_both_secrets_sign_and_either_verifies()
    {
        var (current, previous) = (WebhookSignature.NewSecret(), WebhookSignature.NewSecret());
        var header = WebhookSignature.Sign("id", 42, Body, [current, previous]);

        Assert.Equal(2, header.Split(' ').Length);
        Assert.True(WebhookSignature.Verify("id", 42, Body, header, current));
        Assert.True(WebhookSignature.Verify("id", 42, Body, header, previous));
        Assert.False(WebhookSignature.Verify("id", 42, Body, header, WebhookSignature.NewSecret()));
    }

    [Fact]
    public void A_changed_body_id_or_timestamp_does_not_verify()
    {
        var secret = WebhookSignature.NewSecret();
        var header = WebhookSignature.Sign("id", 42, Body, [secret]);

        Assert.False(WebhookSignature.Verify("id", 42, [.. Body, (byte)' '], header, secret));
        Assert.False(WebhookSignature.Verify("other", 42, Body, header, secret));
        Assert.False(WebhookSignature.Verify("id", 43, Body, header, secret));
        Assert.False(WebhookSignature.Verify("id", 42, Body, "v1,not-base64!", secret));
    }

    [Fact]
    public void A_new_secret_is_whsec_and_32_random_bytes()
    {
        var secret = WebhookSignature.NewSecret();
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        Assert.NotEqual(secret, WebhookSignature.NewSecret());
    }
}
