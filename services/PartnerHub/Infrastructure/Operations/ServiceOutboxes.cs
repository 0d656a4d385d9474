using System.Net.Http.Headers;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.PartnerHub.Infrastructure.Operations;

/// <summary>
/// Asks every service for its outbox backlog (<c>GET {prefix}/operations/outbox</c>, operator-only,
/// which each service maps from the shared messaging project) at its internal address
/// (<c>services:&lt;name&gt;:http:0</c>, as the gateway gets them), all at once, with the operator's
/// own token, each within <see cref="Timeout"/>. A service that does not answer in time, or
/// answers an error, is reported as such beside the others.
/// </summary>
public sealed class ServiceOutboxes(IHttpClientFactory clients, IConfiguration configuration, ILogger<ServiceOutboxes> logger)
{
    public const string ClientName = "service-outboxes";

    public TimeSpan Timeout => configuration.GetValue<TimeSpan?>("PartnerHub:Operations:OutboxTimeout") ?? TimeSpan.FromSeconds(2);

    public async Task<IReadOnlyList<ServiceOutbox>> ReadAllAsync(AuthenticationHeaderValue? authorization, CancellationToken cancellationToken) =>
        await Task.WhenAll(ResourceNames.Services.Select(service => ReadAsync(service, authorization, cancellationToken)));

    private async Task<ServiceOutbox> ReadAsync(ServiceResource service, AuthenticationHeaderValue? authorization, CancellationToken cancellationToken)
    {
        if (configuration[$"services:{service.Name}:http:0"] is not { Length: > 0 } address || !Uri.TryCreate(address, UriKind.Absolute, out var baseUri))
        {
            return ServiceOutbox.Failed(service.Name, OutboxState.Unreachable, null, $"The hub has no address for it (services:{service.Name}:http:0).");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, service.PathPrefix + "/operations/outbox"));
        request.Headers.Authorization = authorization;
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return ServiceOutbox.Failed(service.Name, OutboxState.Failed, (int)response.StatusCode, $"It answered {(int)response.StatusCode}.");
            }
            var backlog = await response.Content.ReadFromJsonAsync<OutboxAnswer>(PlatformJson.Options, timeout.Token)
                ?? throw new System.Text.Json.JsonException("An empty answer.");
            return new ServiceOutbox(service.Name, OutboxState.Answered, backlog.Unsent, backlog.OldestUnsentAt, backlog.OldestUnsentAgeSeconds, 200, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ServiceOutbox.Failed(service.Name, OutboxState.Unreachable, null, $"No answer within {Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            logger.LogInformation(ex, "Outbox backlog of {Service} unreachable at {Address}", service.Name, address);
            return ServiceOutbox.Failed(service.Name, OutboxState.Unreachable, null, ex.Message);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return ServiceOutbox.Failed(service.Name, OutboxState.Failed, 200, $"Its answer was not an outbox backlog: {ex.Message}");
        }
    }

    /// <summary>What each service answers (docs/operations.md).</summary>
    private sealed record OutboxAnswer(string? Service, long Unsent, DateTimeOffset? OldestUnsentAt, double? OldestUnsentAgeSeconds);
}

public enum OutboxState
{
    /// <summary>The service answered with its backlog.</summary>
    Answered,

    /// <summary>No answer in time, or no connection.</summary>
    Unreachable,

    /// <summary>It answered, with an error or something that is not a backlog.</summary>
    Failed,
}

/// <summary>One service's outbox backlog, or why it is not known.</summary>
public sealed record ServiceOutbox(
    string Service,
    OutboxState State,
    long? Unsent,
    DateTimeOffset? OldestUnsentAt,
    double? OldestUnsentAgeSeconds,
    int? StatusCode,
    string? Error)
{
    public static ServiceOutbox Failed(string service, OutboxState state, int? statusCode, string error) =>
        new(service, state, null, null, null, statusCode, error);
}
