using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PiedmontSystem.Web.Localisation;

/// <summary>The portal speaks Italian (the default) and English; the choice is a cookie, then the browser's languages.</summary>
public static class PortalCultures
{
    public const string Default = "it";

    public static readonly IReadOnlyList<string> Supported = ["it", "en"];

    public static IApplicationBuilder UsePortalCultures(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

    public static bool IsItalian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "it";
}
