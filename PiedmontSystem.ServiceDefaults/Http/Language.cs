using Microsoft.AspNetCore.Http;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>The two languages of the platform's reference data.</summary>
public enum Language
{
    En,
    It,
}

public static class LanguageExtensions
{
    /// <summary>
    /// Italian when <c>Accept-Language</c> prefers it over English, English otherwise (the
    /// default). Sets <c>Content-Language</c> on the response.
    /// </summary>
    public static Language RequestedLanguage(this HttpContext context)
    {
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is "it" or "en");
        var language = preferred == "it" ? Language.It : Language.En;
        context.Response.Headers.ContentLanguage = language == Language.It ? "it" : "en";
        return language;
    }
}
