using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization;
using PiedmontSystem.PartnerHub.Domain.BrokerAccounts;

namespace PiedmontSystem.PartnerHub.Infrastructure.Broker;

/// <summary>
/// The calls of RabbitMQ's management HTTP API the hub makes (users, permissions, connections,
/// queues of the platform's virtual host). Any failure — not configured, unreachable, too slow,
/// refused — is a <see cref="BrokerUnavailableException"/> naming what failed.
/// </summary>
public sealed class RabbitMqManagementApi(HttpClient http, BrokerSettings settings, ILogger<RabbitMqManagementApi> logger)
{
    public const string ClientName = "rabbitmq-management";

    /// <summary>Creates the user, or sets a new password for it (its permissions stay). No tags: it cannot use the management API.</summary>
    public Task PutUserAsync(string user, string password, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"api/users/{Escape(user)}", new { password, tags = "" }, $"set the password of user {user}", cancellationToken);

    public Task SetPermissionsAsync(string user, BrokerPermissions permissions, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"api/permissions/{Escape(settings.VirtualHost)}/{Escape(user)}",
            new { configure = permissions.Configure, write = permissions.Write, read = permissions.Read },
            $"set the permissions of user {user}", cancellationToken);

    /// <summary>Deletes the user, which makes RabbitMQ close its connections; false when there was no such user.</summary>
    public async Task<bool> DeleteUserAsync(string user, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Delete, $"api/users/{Escape(user)}", null, $"delete user {user}", cancellationToken, notFoundIsAnswer: true) != HttpStatusCode.NotFound;

    /// <summary>Closes every connection the user has open (a password change alone keeps them).</summary>
    public Task CloseConnectionsAsync(string user, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"api/connections/username/{Escape(user)}", null, $"close the connections of user {user}", cancellationToken, notFoundIsAnswer: true);

    /// <summary>The queues of the platform's virtual host, with their consumers.</summary>
    public async Task<IReadOnlyList<QueueSummary>> ListQueuesAsync(CancellationToken cancellationToken)
    {
        using var response = await CallAsync(HttpMethod.Get, $"api/queues/{Escape(settings.VirtualHost)}?columns=name,messages,consumers", null,
            "list the queues", cancellationToken);
        return await response.Content.ReadFromJsonAsync<List<QueueSummary>>(cancellationToken) ?? [];
    }

    public Task DeleteQueueAsync(string queue, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"api/queues/{Escape(settings.VirtualHost)}/{Escape(queue)}", null, $"delete queue {queue}", cancellationToken, notFoundIsAnswer: true);

    private async Task<HttpStatusCode> SendAsync(HttpMethod method, string path, object? body, string what, CancellationToken cancellationToken, bool notFoundIsAnswer = false)
    {
        using var response = await CallAsync(method, path, body, what, cancellationToken, notFoundIsAnswer);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, string path, object? body, string what, CancellationToken cancellationToken, bool notFoundIsAnswer = false)
    {
        if (settings.ManagementUri is null)
        {
            throw new BrokerUnavailableException($"The hub has no address for the broker's management API (ConnectionStrings:{ServiceDefaults.ResourceNames.MessageBrokerManagement}), so it could not {what}.");
        }
        using var request = new HttpRequestMessage(method, new Uri(settings.ManagementUri, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ManagementUser}:{settings.ManagementPassword}")));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "RabbitMQ management API did not answer when the hub tried to {What}", what);
            throw new BrokerUnavailableException($"The broker's management API did not answer in time, so the hub could not {what}. Nothing was changed; try again.", ex);
        }
        if (response.IsSuccessStatusCode || (notFoundIsAnswer && response.StatusCode == HttpStatusCode.NotFound))
        {
            return response;
        }
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        response.Dispose();
        logger.LogWarning("RabbitMQ management API answered {Status} when the hub tried to {What}: {Answer}", (int)response.StatusCode, what, answer);
        throw new BrokerUnavailableException($"The broker's management API answered {(int)response.StatusCode} when the hub tried to {what}.");
    }

    /// <summary>A path segment: RabbitMQ wants the default virtual host as <c>%2F</c>.</summary>
    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}

/// <summary>A queue as the management API lists it.</summary>
public sealed record QueueSummary(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("messages")] long? Messages,
    [property: JsonPropertyName("consumers")] int? Consumers);
