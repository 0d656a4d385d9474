namespace PiedmontSystem.ServiceDefaults.Errors;

/// <summary>
/// A business rule said no. It becomes a problem details response whose <c>type</c> is
/// <see cref="ProblemTypes.For"/> the <paramref name="code"/>, a stable value clients switch on.
/// </summary>
/// <param name="code">Stable kebab-case code, e.g. <c>vat-number-already-registered</c>.</param>
/// <param name="title">Short, human-readable summary that does not change between occurrences.</param>
/// <param name="detail">What happened in this occurrence.</param>
/// <param name="status">409 for a conflict with current state, 422 for a request the rules refuse.</param>
public class DomainRuleException(string code, string title, string detail, int status = 422) : Exception(detail)
{
    public string Code { get; } = code;
    public string Title { get; } = title;
    public int Status { get; } = status;

    /// <summary>Extra members for the problem details body (e.g. the id of an existing resource).</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

/// <summary>Field-level validation failures that are found after model binding, e.g. by a value object.</summary>
public sealed class RequestValidationException(IDictionary<string, string[]> errors)
    : Exception("One or more validation errors occurred.")
{
    public RequestValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>Problem <c>type</c> URIs of the platform: stable identifiers, documented in docs/problems.md.</summary>
public static class ProblemTypes
{
    public const string Prefix = "urn:piedmont:problem:";

    public static string For(string code) => Prefix + code;

    public static readonly string Validation = For("validation");
    public static readonly string Unexpected = For("unexpected");
    public static readonly string RequestBodyTooLarge = For("request-body-too-large");
}
