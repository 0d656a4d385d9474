using System.Text.Json;

namespace PiedmontSystem.Web.Api;

/// <summary>
/// An API's RFC 9457 problem, as the portal shows it: a title and detail for the page, and the
/// messages of each field it names (<c>errors</c>: <c>legalName</c>, <c>partners[0].organisationId</c>…).
/// </summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, IReadOnlyList<string>> Errors)
{
    public static ApiProblem Unreachable(string what) =>
        new(503, what, null, new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The messages about <paramref name="field"/> (matched without regard to case); none when the problem does not name it.</summary>
    public IReadOnlyList<string> For(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    public static ApiProblem Parse(int status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToList()
                        : [field.Value.ToString()];
                }
            }
            return new ApiProblem(status,
                root.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "",
                root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
                errors);
        }
        catch (JsonException)
        {
            return new ApiProblem(status, $"HTTP {status}", null, new Dictionary<string, IReadOnlyList<string>>());
        }
    }
}

/// <summary>An API's answer: the value, or the problem.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem, int Status, string? ETag = null, string? Location = null)
{
    public bool Succeeded => Problem is null;
}
