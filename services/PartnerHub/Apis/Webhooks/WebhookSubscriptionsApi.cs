using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.PartnerHub.Domain.Webhooks;
using PiedmontSystem.PartnerHub.Infrastructure.Delivery;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Apis.Webhooks;

/// <summary>
/// Partner systems manage their own webhook subscriptions with their client-credentials token: a
/// partner sees and changes only its own, and subscribes only to the areas its scopes grant.
/// </summary>
public static class WebhookSubscriptionsApi
{
    public const string VerificationType = "webhook.verification";

    public static IEndpointRouteBuilder MapWebhookSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/api/partners/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.PartnerSystem);
        webhooks.MapPost("/", CreateSubscription).WithName(nameof(CreateSubscription))
            .WithSummary("Subscribe an HTTPS endpoint to event types; the signing secret is in the answer, only there. Verify it next.")
            .ValidateRequest<WebhookSubscriptionRequest>();
        webhooks.MapGet("/", ListSubscriptions).WithName(nameof(ListSubscriptions)).WithSummary("Your subscriptions, newest first");
        webhooks.MapGet("/{id:guid}", GetSubscription).WithName(nameof(GetSubscription)).WithSummary("One of your subscriptions, with its endpoint's health");
        webhooks.MapPut("/{id:guid}", ChangeSubscription).WithName(nameof(ChangeSubscription))
            .WithSummary("Change a subscription; a new URL must be verified again").ValidateRequest<WebhookSubscriptionRequest>();
        webhooks.MapDelete("/{id:guid}", DeleteSubscription).WithName(nameof(DeleteSubscription)).WithSummary("Remove a subscription and its log");
        webhooks.MapPost("/{id:guid}/verification", VerifySubscription).WithName(nameof(VerifySubscription))
            .WithSummary("Send a signed test delivery (type webhook.verification) now; a 2xx answer makes the subscription active (also after it was disabled)");
        webhooks.MapPost("/{id:guid}/secret-rotation", RotateSecret).WithName(nameof(RotateSecret))
            .WithSummary("A new signing secret, shown only here; the current one keeps signing beside it for the overlap (24 h unless given)")
            .ValidateRequest<SecretRotationRequest>();
        return app;
    }

    public static async Task<Created<CreatedWebhookSubscription>> CreateSubscription(WebhookSubscriptionRequest request, [AsParameters] PartnerHubServices services,
        DestinationPolicy destinations, WebhookSecrets secrets)
    {
        var url = await CheckedUrlAsync(request.Url!, destinations, services.Cancellation);
        CheckScopes(request, services.User);
        var secret = WebhookSignature.NewSecret();
        var subscription = WebhookSubscription.Create(services.User.Subject!, url, request.Description?.Trim(), request.ContactEmail?.Trim(), request.Filter, secrets.Protect(secret), services.Now);
        services.Db.Subscriptions.Add(subscription);
        services.Audit("webhook-subscription.created", "webhook-subscription", subscription.Id, new { url, request.EventTypes });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Created($"/api/partners/webhooks/{subscription.Id}",
            new CreatedWebhookSubscription(WebhookSubscriptionResponse.Of(subscription, services.Now), secret));
    }

    public static async Task<Ok<Page<WebhookSubscriptionResponse>>> ListSubscriptions([AsParameters] PartnerHubServices services, string? cursor, int? limit)
    {
        var query = services.Db.Subscriptions.AsNoTracking().Where(s => s.PartnerId == services.User.Subject);
        var page = await NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(s => WebhookSubscriptionResponse.Of(s, services.Now)));
    }

    public static async Task<Results<Ok<WebhookSubscriptionResponse>, NotFound>> GetSubscription(Guid id, [AsParameters] PartnerHubServices services)
    {
        var subscription = await OwnAsync(id, services, tracking: false);
        return subscription is null ? TypedResults.NotFound() : TypedResults.Ok(WebhookSubscriptionResponse.Of(subscription, services.Now));
    }

    public static async Task<Results<Ok<WebhookSubscriptionResponse>, NotFound>> ChangeSubscription(Guid id, WebhookSubscriptionRequest request,
        [AsParameters] PartnerHubServices services, DestinationPolicy destinations)
    {
        var subscription = await OwnAsync(id, services, tracking: true);
        if (subscription is null)
        {
            return TypedResults.NotFound();
        }
        var url = await CheckedUrlAsync(request.Url!, destinations, services.Cancellation);
        CheckScopes(request, services.User);
        subscription.Change(url, request.Description?.Trim(), request.ContactEmail?.Trim(), request.Filter, services.Now);
        services.Audit("webhook-subscription.changed", "webhook-subscription", subscription.Id, new { url, request.EventTypes });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Ok(WebhookSubscriptionResponse.Of(subscription, services.Now));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteSubscription(Guid id, [AsParameters] PartnerHubServices services)
    {
        var subscription = await OwnAsync(id, services, tracking: true);
        if (subscription is null)
        {
            return TypedResults.NotFound();
        }
        services.Db.Subscriptions.Remove(subscription);
        services.Audit("webhook-subscription.deleted", "webhook-subscription", subscription.Id, new { subscription.Url });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<VerificationResponse>, NotFound>> VerifySubscription(Guid id, [AsParameters] PartnerHubServices services,
        WebhookSender sender, WebhookSecrets secrets, DestinationPolicy destinations)
    {
        var subscription = await OwnAsync(id, services, tracking: true);
        if (subscription is null)
        {
            return TypedResults.NotFound();
        }
        // The policy may have changed since the URL was written (an environment without loopback).
        if (destinations.RefuseUrl(subscription.Url) is { } refusal)
        {
            throw new RequestValidationException("url", refusal);
        }
        var webhookId = Guid.CreateVersion7(services.Now);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { type = VerificationType, timestamp = services.Now.UtcDateTime, data = new { subscriptionId = subscription.Id } });
        var signing = subscription.SigningSecrets(services.Now).Select(s => secrets.Unprotect(s.Protected)).ToList();
        var result = await sender.SendAsync(subscription.Url, webhookId.ToString(), body, signing, services.Cancellation);
        services.Db.Attempts.Add(new DeliveryAttempt
        {
            Id = Guid.CreateVersion7(services.Now), SubscriptionId = subscription.Id, MessageId = webhookId, WebhookType = VerificationType,
            AttemptedAt = services.Now, Number = 1, Succeeded = result.Succeeded, StatusCode = result.StatusCode, LatencyMs = result.LatencyMs,
            ResponseExcerpt = result.ResponseExcerpt, Error = result.Error,
        });
        if (result.Succeeded)
        {
            subscription.Verified(services.Now);
            services.Audit("webhook-subscription.verified", "webhook-subscription", subscription.Id, new { result.StatusCode });
        }
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Ok(new VerificationResponse(result.Succeeded, result.StatusCode, result.LatencyMs, result.ResponseExcerpt, result.Error,
            WebhookSubscriptionResponse.Of(subscription, services.Now)));
    }

    public static async Task<Results<Ok<SecretRotationResponse>, NotFound>> RotateSecret(Guid id, SecretRotationRequest request,
        [AsParameters] PartnerHubServices services, WebhookSecrets secrets)
    {
        var subscription = await OwnAsync(id, services, tracking: true);
        if (subscription is null)
        {
            return TypedResults.NotFound();
        }
        var secret = WebhookSignature.NewSecret();
        var overlap = TimeSpan.FromHours(request.OverlapHours ?? 24);
        subscription.RotateSecret(secrets.Protect(secret), overlap, services.Now);
        services.Audit("webhook-subscription.secret-rotated", "webhook-subscription", subscription.Id, new { overlapHours = overlap.TotalHours });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Ok(new SecretRotationResponse(secret, overlap > TimeSpan.Zero ? services.Now + overlap : null));
    }

    /// <summary>The caller's own subscription, or null: another partner's is as absent as a missing one.</summary>
    internal static Task<WebhookSubscription?> OwnAsync(Guid id, PartnerHubServices services, bool tracking)
    {
        var query = tracking ? services.Db.Subscriptions : services.Db.Subscriptions.AsNoTracking();
        return query.FirstOrDefaultAsync(s => s.Id == id && s.PartnerId == services.User.Subject, services.Cancellation);
    }

    /// <summary>A partner receives only the areas its token's scopes grant (<c>events:&lt;area&gt;</c>).</summary>
    private static void CheckScopes(WebhookSubscriptionRequest request, CurrentUser user)
    {
        var refused = request.EventTypes!
            .Select((type, i) => (Entry: EventCatalogue.TryFind(type, out var e) ? e : null, Index: i))
            .Where(t => t.Entry is not null && !user.Scopes.Contains(EventCatalogue.ScopeOf(t.Entry.Area)))
            .ToDictionary(t => $"eventTypes[{t.Index}]", t => new[] { $"Your client is not granted the scope {EventCatalogue.ScopeOf(t.Entry!.Area)}, which {t.Entry!.WebhookType} needs." });
        if (refused.Count > 0)
        {
            throw new RequestValidationException(refused);
        }
    }

    /// <summary>The URL, normalised, once the policy and the addresses its host resolves to allow it.</summary>
    private static async Task<string> CheckedUrlAsync(string url, DestinationPolicy destinations, CancellationToken cancellationToken)
    {
        url = url.Trim();
        if (destinations.RefuseUrl(url) is { } refusal)
        {
            throw new RequestValidationException("url", refusal);
        }
        var uri = new Uri(url);
        if (!IPAddress.TryParse(uri.DnsSafeHost, out _))
        {
            IPAddress[] addresses;
            try
            {
                addresses = await Dns.GetHostAddressesAsync(uri.DnsSafeHost, cancellationToken);
            }
            catch (System.Net.Sockets.SocketException)
            {
                throw new RequestValidationException("url", $"{uri.DnsSafeHost} cannot be resolved.");
            }
            if (addresses.Select(destinations.RefuseAddress).FirstOrDefault(r => r is not null) is { } addressRefusal)
            {
                throw new RequestValidationException("url", addressRefusal);
            }
        }
        return uri.AbsoluteUri;
    }

    internal static readonly Keyset<WebhookSubscription, DateTimeOffset> NewestFirst =
        Keyset.By<WebhookSubscription, DateTimeOffset>(s => s.CreatedAt, s => s.Id, descending: true);
}
