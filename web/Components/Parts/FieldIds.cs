namespace PiedmontSystem.Web.Components.Parts;

/// <summary>
/// The id of a form field from the API's name for it (<c>partners[0].organisationId</c> →
/// <c>field-partners-0-organisationid</c>), so an error summary links to the field and the field's
/// message is tied to it with <c>aria-describedby</c>.
/// </summary>
public static class FieldIds
{
    public static string For(string apiField) =>
        "field-" + string.Concat(apiField.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-').Replace("--", "-", StringComparison.Ordinal);

    public static string ErrorFor(string apiField) => For(apiField) + "-error";

    public static string HintFor(string apiField) => For(apiField) + "-hint";
}
