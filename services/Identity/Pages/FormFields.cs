using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace PiedmontSystem.Identity.Pages;

/// <summary>
/// A field's errors as the pages show them: translated, in the element its input names in
/// <c>aria-describedby</c>, and the input marked <c>aria-invalid</c>. Model errors hold
/// <see cref="PageText"/> keys.
/// </summary>
public static class FormFields
{
    public static IHtmlContent FieldError(this IHtmlHelper html, PageText text, string field, string id)
    {
        var span = new TagBuilder("span");
        span.AddCssClass("field-error");
        span.Attributes["id"] = id;
        var errors = html.ViewData.ModelState[field]?.Errors.Select(e => text[e.ErrorMessage]).Distinct() ?? [];
        span.InnerHtml.Append(string.Join(" ", errors));
        return span;
    }

    /// <summary>"true" when the field has an error, else null (Razor then leaves the attribute out).</summary>
    public static string? AriaInvalid(this IHtmlHelper html, string field) =>
        html.ViewData.ModelState[field]?.Errors.Count > 0 ? "true" : null;
}
