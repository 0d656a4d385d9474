using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PiedmontSystem.BenchSupport;

/// <summary>A webhook as a receiver got it.</summary>
public sealed record ReceivedWebhook(string Id, long Timestamp, string Signature, byte[] Body, string? TraceParent, DateTimeOffset ReceivedAt, int AnsweredWith);

/// <summary>
/// A partner's webhook endpoint on a loopback port, for the tests and the webhooks bench: records
/// every call and answers as told (a status code, or a delay that makes the hub time out).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _inFlight;
    private int _maxInFlight;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The endpoint's URL, e.g. <c>http://127.0.0.1:41234/hooks</c>.</summary>
    public string Url { get; private set; } = "";

    /// <summary>Every call, answered or not, in arrival order.</summary>
    public ConcurrentQueue<ReceivedWebhook> Calls { get; } = new();

    /// <summary>The answer's status code; 200 unless told otherwise.</summary>
    public int StatusCode { get; set; } = 200;

    /// <summary>How long to wait before answering (a hub with a shorter timeout gives up first).</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>Decides the status code of each call instead of <see cref="StatusCode"/> (e.g. fail the first two).</summary>
    public Func<ReceivedWebhook, int>? Answer { get; set; }

    /// <summary>Called once for each call answered with a 2xx, as it is answered (a bench reads each body once this way).</summary>
    public Action<ReceivedWebhook>? OnAccepted { get; set; }

    /// <summary>The most calls this endpoint had in flight at once.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Calls answered with a 2xx.</summary>
    public IEnumerable<ReceivedWebhook> Accepted => Calls.Where(c => c.AnsweredWith is >= 200 and < 300);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", receiver.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = $"{address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)}/hooks";
        return receiver;
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, inFlight);
        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var headers = context.Request.Headers;
            var call = new ReceivedWebhook(headers["webhook-id"].ToString(), long.TryParse(headers["webhook-timestamp"], out var t) ? t : 0,
                headers["webhook-signature"].ToString(), body.ToArray(), headers["traceparent"].FirstOrDefault(), DateTimeOffset.UtcNow, 0);
            var status = Answer?.Invoke(call) ?? StatusCode;
            if (Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The hub gave up: the call counts as unanswered.
                    Calls.Enqueue(call with { AnsweredWith = 0 });
                    return;
                }
            }
            Calls.Enqueue(call with { AnsweredWith = status });
            if (status is >= 200 and < 300)
            {
                OnAccepted?.Invoke(call with { AnsweredWith = status });
            }
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(status is >= 200 and < 300 ? "ok" : $"refused with {status}");
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
