using System.Net;
using PiedmontSystem.PartnerHub.Infrastructure.Delivery;

namespace PiedmontSystem.PartnerHub.Tests.Unit;

public class DestinationPolicyTests
{
    private static readonly DestinationPolicy Production = new(allowLoopback: false);
    private static readonly DestinationPolicy Development = new(allowLoopback: true);

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")] // cloud metadata
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::")]
    public void Private_link_local_and_reserved_addresses_are_refused_everywhere(string address)
    {
        Assert.NotNull(Production.RefuseAddress(IPAddress.Parse(address)));
        Assert.NotNull(Development.RefuseAddress(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("2a00:1450:4002:80b::200e")]
    public void Public_addresses_are_allowed(string address) => Assert.Null(Production.RefuseAddress(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_is_allowed_in_development_only(string address)
    {
        Assert.NotNull(Production.RefuseAddress(IPAddress.Parse(address)));
        Assert.Null(Development.RefuseAddress(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("http://crm.example/hooks", "HTTPS")]
    [InlineData("ftp://crm.example/hooks", "https://")]
    [InlineData("/hooks", "https://")]
    [InlineData("https://user:pass@crm.example/hooks", "password")]
    [InlineData("https://crm.example/hooks#x", "fragment")]
    [InlineData("https://10.0.0.7/hooks", "private")]
    [InlineData("https://[fe80::1]/hooks", "private")]
    [InlineData("https://127.0.0.1/hooks", "Loopback")]
    [InlineData("https://localhost/hooks", "Loopback")]
    public void Urls_that_cannot_receive_webhooks_are_refused_with_the_reason(string url, string reason) =>
        Assert.Contains(reason, Production.RefuseUrl(url));

    [Fact]
    public void Https_to_a_public_name_is_accepted_and_plain_http_only_to_loopback_in_development()
    {
        Assert.Null(Production.RefuseUrl("https://crm.camcom.example/piedmont/hooks?tenant=4"));
        Assert.Null(Development.RefuseUrl("http://127.0.0.1:8080/hooks"));
        Assert.NotNull(Development.RefuseUrl("http://crm.example/hooks"));
    }
}
