using System.Net;
using System.Net.Sockets;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>
/// Where webhooks may go: public addresses over HTTPS only, so that a subscription cannot be aimed
/// inside our network (private, link-local, carrier-grade NAT, multicast, unspecified addresses).
/// Loopback, over plain HTTP too, only where <c>PartnerHub:Webhooks:AllowLoopback</c> is on
/// (Development). Checked when a subscription is written and again at every connection, on the
/// address actually connected to, so a DNS name cannot later be pointed inside.
/// </summary>
public sealed class DestinationPolicy(bool allowLoopback)
{
    public bool AllowLoopback => allowLoopback;

    /// <summary>Why <paramref name="url"/> cannot receive webhooks, or null when it can (its host's addresses are checked at connection).</summary>
    public string? RefuseUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "Give an absolute https:// URL.";
        }
        if (uri.UserInfo.Length > 0)
        {
            return "A webhook URL carries no user name or password: the signature authenticates the hub.";
        }
        if (uri.Fragment.Length > 0)
        {
            return "A webhook URL has no #fragment.";
        }
        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var literal) && IPAddress.IsLoopback(literal));
        if (uri.Scheme == Uri.UriSchemeHttp && !(loopback && allowLoopback))
        {
            return "Webhooks are delivered over HTTPS only.";
        }
        if (IPAddress.TryParse(uri.DnsSafeHost, out var address) && RefuseAddress(address) is { } reason)
        {
            return reason;
        }
        if (uri.IsLoopback && !allowLoopback)
        {
            return "Loopback addresses cannot receive webhooks.";
        }
        return null;
    }

    /// <summary>Why a connection to <paramref name="address"/> is refused, or null when it is allowed.</summary>
    public string? RefuseAddress(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback ? null : "Loopback addresses cannot receive webhooks.";
        }
        return IsInternal(address) ? $"{address} is a private, link-local or reserved address: webhooks go to public addresses only." : null;
    }

    private static bool IsInternal(IPAddress address)
    {
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (bytes[0] & 0xFE) == 0xFC // fc00::/7 unique local
                || address.IsIPv6Teredo
                || (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B); // 64:ff9b::/96 NAT64 could reach IPv4 private space
        }
        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 => true,                                  // 0.0.0.0/8 "this network"
            10 => true,                                 // 10/8
            100 => b[1] >= 64 && b[1] <= 127,           // 100.64/10 carrier-grade NAT
            169 => b[1] == 254,                         // 169.254/16 link-local (cloud metadata)
            172 => b[1] >= 16 && b[1] <= 31,            // 172.16/12
            192 => (b[1] == 168) || (b[1] == 0 && (b[2] == 0 || b[2] == 2)) || (b[1] == 88 && b[2] == 99), // 192.168/16, 192.0.0/24, TEST-NET-1, 6to4 relay
            198 => b[1] == 18 || b[1] == 19 || (b[1] == 51 && b[2] == 100), // benchmarking 198.18/15, TEST-NET-2
            203 => b[1] == 0 && b[2] == 113,            // TEST-NET-3
            >= 224 => true,                             // multicast and reserved
            _ => false,
        };
    }
}
