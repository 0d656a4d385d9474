using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.Web.Security;

namespace PiedmontSystem.Web.Api;

/// <summary>
/// The platform's API, through the gateway, as the signed-in person: their access token from the
/// server-side session, their language, the request's trace. Pages never call a service directly:
/// the gateway's rules (body limits, receipt stamps, routing) apply to the portal as to any client.
/// </summary>
public sealed class GatewayClient(HttpClient client, IHttpContextAccessor context)
{
    public const string GatewaySetting = $"services:{ResourceNames.Gateway}:http:0";

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, body: null, idempotencyKey: null, ifMatch: null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, idempotencyKey, ifMatch: null, cancellationToken);

    /// <summary>Sends one call. A POST from a form should carry an idempotency key rendered with the form, so a double submit does one thing.</summary>
    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? idempotencyKey, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: PlatformJson.Options);
        }
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        if (context.HttpContext is { } http)
        {
            if (await http.GetTokenAsync(PortalSchemes.Cookie, "access_token") is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            request.Headers.AcceptLanguage.ParseAdd(Thread.CurrentThread.CurrentUICulture.TwoLetterISOLanguageName);
        }
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return new ApiResult<T>(default, ApiProblem.Unreachable("The platform did not answer."), 503);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var etag = response.Headers.ETag?.ToString();
            var location = response.Headers.Location?.ToString();
            if (!response.IsSuccessStatusCode)
            {
                return new ApiResult<T>(default, ApiProblem.Parse(status, await response.Content.ReadAsStringAsync(cancellationToken)), status, etag, location);
            }
            var value = response.Content.Headers.ContentLength == 0 || typeof(T) == typeof(object)
                ? default
                : await response.Content.ReadFromJsonAsync<T>(PlatformJson.Options, cancellationToken);
            return new ApiResult<T>(value, null, status, etag, location);
        }
    }
}
