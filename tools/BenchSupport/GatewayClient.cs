using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PiedmontSystem.BenchSupport;

/// <summary>
/// A benchmark's calls through the gateway: JSON bodies with a bearer token, answers read as JSON
/// when they have the expected status (anything else throws with the answer's body), lists read to
/// their last page.
/// </summary>
public sealed class GatewayClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SocketsHttpHandler _handler;
    private readonly HttpClient _http;

    /// <param name="baseUrl">The gateway.</param>
    /// <param name="connections">As many as the clients that call at once, so none waits for a connection.</param>
    public GatewayClient(Uri baseUrl, int connections)
    {
        _handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        _http = new HttpClient(_handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request, ct);
    }

    /// <summary>Sends and reads the answer, which must have <paramref name="expected"/> status.</summary>
    public async Task<JsonElement> CallAsync(HttpMethod method, string path, string token, object? body, HttpStatusCode expected, CancellationToken ct = default)
    {
        using var response = await SendAsync(method, path, token, body, ct);
        return await ReadAsync(response, expected);
    }

    /// <summary>Every item of a list (<c>{items, nextCursor}</c>), page after page of 200.</summary>
    public async Task<List<JsonElement>> ReadAllAsync(string path, string token, CancellationToken ct = default)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        string? cursor = null;
        do
        {
            var page = await CallAsync(HttpMethod.Get, $"{path}{separator}limit=200{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}", token, null, HttpStatusCode.OK, ct);
            items.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Clone()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return items;
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? JsonDocument.Parse(body).RootElement.Clone()
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
    }

    /// <summary>The problem type of an error answer's body (<c>urn:piedmont:problem:…</c>), when it has one.</summary>
    public static string? ProblemType(string body)
    {
        if (!body.StartsWith('{'))
        {
            return null;
        }
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("type", out var type) ? type.GetString() : null;
    }

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }
}
