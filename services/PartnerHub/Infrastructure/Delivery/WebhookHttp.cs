using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>The HTTP client that calls partners: no redirects, no cookies, a timeout per call, and only allowed addresses.</summary>
public static class WebhookHttp
{
    public static IServiceCollection AddWebhookHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(WebhookSender.ClientName, client =>
            {
                // The resilience pipeline below times each call out; this would only cut it shorter.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Piedmont-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
            {
                // A redirect could lead anywhere, inside our network too: the partner registers the final URL.
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(10),
                ConnectCallback = ConnectAllowed(services.GetRequiredService<DestinationPolicy>()),
            })
            .AddResilienceHandler("webhook-call", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<DeliveryOptions>>().Value.Timeout));
        return services;
    }

    /// <summary>Resolves the host and connects only to an address the policy allows (DNS rebinding cannot get round it).</summary>
    private static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectAllowed(DestinationPolicy policy) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            string? refusal = null;
            foreach (var address in addresses)
            {
                if (policy.RefuseAddress(address) is { } reason)
                {
                    refusal ??= reason;
                    continue;
                }
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    if (address == addresses[^1])
                    {
                        throw;
                    }
                }
            }
            throw new DestinationRefusedException(refusal ?? $"{host} has no address.");
        };
}
