namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>Free text from a request body, as it is stored.</summary>
public static class RequestText
{
    /// <summary>The text trimmed, or null when it is missing or blank (an optional field left empty is no value).</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
