using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.RequestHandling.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on POSTs, so that a mobile client's retry creates nothing twice. The key
/// is claimed, the handler runs and its successful answer is stored, all in one transaction of
/// the service's database (the handler's own <c>SaveChanges</c> joins it): a retry after success
/// replays the stored answer, a retry racing the first request waits for it, and a failed request
/// leaves no key behind, so it can be retried. The same key with another body is refused (422).
/// </summary>
public static class IdempotencyFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotency-Replayed";
    public const string KeyReused = "idempotency-key-reused";

    public static RouteHandlerBuilder WithIdempotency<TContext>(this RouteHandlerBuilder builder) where TContext : DbContext =>
        builder.WithRequestHeader(HeaderName, "Up to 100 letters, digits or - _ . :; a retry with the same key and body replays the first answer, another body with it is refused (422).")
        .AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var key = http.Request.Headers[HeaderName].ToString();
            if (string.IsNullOrEmpty(key))
            {
                return await next(context);
            }
            if (key.Length > 100 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                throw new RequestValidationException(HeaderName, "An idempotency key is 1 to 100 letters, digits or - _ . :");
            }

            var db = http.RequestServices.GetRequiredService<TContext>();
            var clock = http.RequestServices.GetRequiredService<TimeProvider>();
            var owner = CurrentUser.From(http.User).Subject ?? "anonymous";
            var fingerprint = await FingerprintAsync(http);

            await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
            var claimed = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO idempotency_keys (owner, key, fingerprint, created_at)
                VALUES ({owner}, {key}, {fingerprint}, {clock.GetUtcNow()})
                ON CONFLICT DO NOTHING
                """, http.RequestAborted) == 1;
            if (!claimed)
            {
                var stored = await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.Owner == owner && r.Key == key, http.RequestAborted);
                return stored.Fingerprint == fingerprint
                    ? Replay(http, stored)
                    : throw new DomainRuleException(KeyReused, "Idempotency key reused",
                        "This Idempotency-Key was already used for a different request; use a new key for a new request.");
            }

            var result = await next(context);
            var answer = Unwrap(result);
            if (answer is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
            {
                var body = answer is IValueHttpResult { Value: { } value } ? JsonSerializer.Serialize(value, value.GetType(), PlatformJson.Options) : null;
                var location = answer.GetType().GetProperty("Location")?.GetValue(answer) as string;
                await db.Database.ExecuteSqlAsync($"""
                    UPDATE idempotency_keys SET status_code = {success.StatusCode}, response_body = {body}, location = {location}
                    WHERE owner = {owner} AND key = {key}
                    """, http.RequestAborted);
                await transaction.CommitAsync(http.RequestAborted);
            }
            return result;
        });

    private static object? Unwrap(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }
        return result;
    }

    private static IResult Replay(HttpContext http, IdempotencyRecord stored)
    {
        http.Response.Headers[ReplayedHeaderName] = "true";
        if (stored.Location is not null)
        {
            http.Response.Headers.Location = stored.Location;
        }
        return stored.ResponseBody is null
            ? Results.StatusCode(stored.StatusCode ?? StatusCodes.Status200OK)
            : Results.Text(stored.ResponseBody, "application/json", statusCode: stored.StatusCode);
    }

    /// <summary>Method, path and body: what makes two requests "the same request".</summary>
    private static async Task<string> FingerprintAsync(HttpContext http)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{http.Request.Method} {http.Request.Path}\n"));
        if (http.Request.Body.CanSeek)
        {
            http.Request.Body.Position = 0;
            var buffer = new byte[8192];
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
