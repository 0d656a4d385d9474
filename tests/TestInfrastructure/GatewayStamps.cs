using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>
/// Stamps a test's request as the gateway would (same <see cref="ReceiptStamp"/> code, a key the
/// test service is configured with), to play a request that reached the gateway at one instant
/// and the service later.
/// </summary>
public static class GatewayStamps
{
    /// <summary>The key test services are configured with (<see cref="ReceiptStamp.KeySetting"/>).</summary>
    public const string TestKey = "test-receipt-stamp-key-0123456789abcdef";

    public static HttpRequestMessage StampedAt(this HttpRequestMessage request, DateTimeOffset receivedAt, string key = TestKey)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ReceiptStamp.KeySetting] = key }).Build();
        var edge = new DefaultHttpContext();
        edge.Request.Method = request.Method.Method;
        edge.Request.Path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0];
        new ReceiptStamp(configuration, NullLogger<ReceiptStamp>.Instance).Stamp(edge.Request, receivedAt);
        foreach (var header in new[] { ReceiptStamp.TimeHeader, ReceiptStamp.SignatureHeader })
        {
            request.Headers.Remove(header);
            request.Headers.Add(header, edge.Request.Headers[header].ToString());
        }
        return request;
    }
}
