using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>
/// Optimistic concurrency over HTTP: a resource's version travels as its <c>ETag</c>; an update
/// must send it back in <c>If-Match</c> and is refused with 412 when the resource has changed.
/// </summary>
public static class ETags
{
    public const string PreconditionFailed = "precondition-failed";
    public const string PreconditionRequired = "precondition-required";

    public static string For(uint version) => $"\"{version}\"";

    public static void Set(HttpContext context, uint version) => context.Response.Headers.ETag = For(version);

    /// <summary>Throws 428 when <c>If-Match</c> is missing, 412 when it names another version.</summary>
    public static void RequireMatch(HttpContext context, uint currentVersion)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new DomainRuleException(PreconditionRequired, "If-Match required",
                "Send the ETag you read in If-Match, so that you do not overwrite someone else's change.", StatusCodes.Status428PreconditionRequired);
        }
        CheckMatch(context, currentVersion);
    }

    /// <summary>Throws 412 when an <c>If-Match</c> is sent and names another version; no header, no check.</summary>
    public static void CheckMatch(HttpContext context, uint currentVersion)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return;
        }
        var tags = EntityTagHeaderValue.ParseList(ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (!tags.Any(t => t.Tag.ToString() == For(currentVersion)))
        {
            throw Conflict();
        }
    }

    /// <summary>The 412 for a change that lost a race with another one.</summary>
    public static DomainRuleException Conflict() => new(PreconditionFailed, "The resource has changed",
        "Someone else changed this resource since you read it. Read it again and reapply your change.", StatusCodes.Status412PreconditionFailed);
}
