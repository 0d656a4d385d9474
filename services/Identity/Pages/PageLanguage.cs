using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PiedmontSystem.Identity.Pages;

/// <summary>
/// The pages' language, Italian or English: <c>?lang=</c> (remembered in a cookie), else the
/// cookie, else the browser's <c>Accept-Language</c>, else Italian.
/// </summary>
public static class PageLanguage
{
    public const string Cookie = "piedmont-lang";
    public static readonly string[] Supported = ["it", "en"];

    public static WebApplication UsePageLanguage(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Query["lang"].ToString() is { Length: > 0 } asked && Supported.Contains(asked))
            {
                context.Response.Cookies.Append(Cookie, asked, new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365), Secure = context.Request.IsHttps,
                });
                context.Items[Cookie] = asked;
            }
            await next(context);
        });
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("it");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult(
                    (context.Items[Cookie] as string ?? context.Request.Cookies[Cookie]) is { } chosen && Supported.Contains(chosen) ? new ProviderCultureResult(chosen) : null)),
                new AcceptLanguageHeaderRequestCultureProvider { Options = options },
            ];
        });
        return app;
    }

    /// <summary>"it" or "en", as chosen for this request.</summary>
    public static string Of(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName is "en" ? "en" : "it";
}
