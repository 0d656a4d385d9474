using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Gateway.Edge;

/// <summary>
/// Stamps every request with the instant it reached the gateway, first thing, before rate
/// limiting or a busy service can delay it; whatever the client sent in those headers is replaced.
/// </summary>
internal sealed class ReceiptStampMiddleware(RequestDelegate next, ReceiptStamp stamp, TimeProvider clock, ILogger<ReceiptStampMiddleware> logger)
{
    private bool _warned;

    public Task InvokeAsync(HttpContext context)
    {
        stamp.Stamp(context.Request, clock.GetUtcNow());
        if (!stamp.IsConfigured && !_warned)
        {
            _warned = true;
            logger.LogWarning("{Setting} is not set: services judge deadlines on their own clocks, not on when the gateway received a request.", ReceiptStamp.KeySetting);
        }
        return next(context);
    }
}
