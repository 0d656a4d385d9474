using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PiedmontSystem.LocalInfrastructure;

/// <summary>The few calls of RabbitMQ's management HTTP API the runner and the tests need.</summary>
public sealed class RabbitMqManagement(Uri baseUri, string user, string password)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>From a URI carrying its credentials, e.g. <c>http://user:pass@127.0.0.1:15672/</c>.</summary>
    public static RabbitMqManagement FromUri(Uri uri)
    {
        var credentials = uri.UserInfo.Split(':', 2);
        var baseUri = new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
        return new RabbitMqManagement(baseUri, Uri.UnescapeDataString(credentials[0]), Uri.UnescapeDataString(credentials.ElementAtOrDefault(1) ?? ""));
    }

    public string User => user;

    /// <summary>The API's address carrying its credentials, as a service is given it (<c>ConnectionStrings:messaging-management</c>).</summary>
    public string UriWithCredentials =>
        $"{baseUri.Scheme}://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@{baseUri.Authority}{baseUri.AbsolutePath}";

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await Http.SendAsync(Request(HttpMethod.Get, "api/overview"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Creates a virtual host with full rights for our user: tests isolate their exchanges and queues this way.</summary>
    public async Task CreateVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        var vhost = Uri.EscapeDataString(name);
        await SendAsync(HttpMethod.Put, $"api/vhosts/{vhost}", "{}", cancellationToken);
        await SendAsync(HttpMethod.Put, $"api/permissions/{vhost}/{Uri.EscapeDataString(user)}", """{"configure":".*","write":".*","read":".*"}""", cancellationToken);
    }

    /// <summary>Deletes a virtual host with its exchanges and queues (a test's, once it is done with it).</summary>
    public async Task DeleteVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        using var response = await Http.SendAsync(Request(HttpMethod.Delete, $"api/vhosts/{Uri.EscapeDataString(name)}"), cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Messages in a queue (ready and unacknowledged), or null when it does not exist.</summary>
    public async Task<long?> CountMessagesAsync(string virtualHost, string queue, CancellationToken cancellationToken = default)
    {
        using var response = await Http.SendAsync(Request(HttpMethod.Get, $"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}"), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        // The statistics arrive a moment after the queue is created.
        return json.RootElement.TryGetProperty("messages", out var messages) ? messages.GetInt64() : 0;
    }

    /// <summary>Names of the queues of a virtual host.</summary>
    public async Task<IReadOnlyList<string>> ListQueuesAsync(string virtualHost, CancellationToken cancellationToken = default)
    {
        using var response = await Http.SendAsync(Request(HttpMethod.Get, $"api/queues/{Uri.EscapeDataString(virtualHost)}"), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return json.RootElement.EnumerateArray().Select(q => q.GetProperty("name").GetString()!).ToList();
    }

    private async Task SendAsync(HttpMethod method, string path, string json, CancellationToken cancellationToken)
    {
        using var request = Request(method, path);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return request;
    }
}
