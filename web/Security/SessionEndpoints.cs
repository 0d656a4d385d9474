using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.Web.Localisation;

namespace PiedmontSystem.Web.Security;

/// <summary>
/// Signing in and out, refreshing the session now, and the language switch. Under <c>/session</c>
/// and <c>/language</c>: <c>/account</c> is the identity service's at the gateway.
/// </summary>
public static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/session/signin", (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [PortalSchemes.OpenIdConnect]))
            .AllowAnonymous().ExcludeFromDescription();

        // A form post with the antiforgery token: a link elsewhere cannot sign anyone out.
        app.MapPost("/session/signout", ([FromForm] string? returnUrl) =>
                Results.SignOut(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [PortalSchemes.Cookie, PortalSchemes.OpenIdConnect]))
            .RequireAuthorization(Policies.Authenticated).ExcludeFromDescription();

        // After registering an organisation: the provider's next token names it, fetch it now.
        app.MapGet("/session/refresh", async (string? returnUrl, HttpContext http, TokenRefresher refresher) =>
            {
                var result = await http.AuthenticateAsync(PortalSchemes.Cookie);
                if (result is not { Succeeded: true, Properties: { } properties })
                {
                    return Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [PortalSchemes.OpenIdConnect]);
                }
                var principal = await refresher.RefreshAsync(properties, http.RequestAborted);
                if (principal is null)
                {
                    await http.SignOutAsync(PortalSchemes.Cookie);
                    return Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [PortalSchemes.OpenIdConnect]);
                }
                await http.SignInAsync(PortalSchemes.Cookie, principal, properties);
                return Results.LocalRedirect(LocalPath(returnUrl));
            })
            .RequireAuthorization(Policies.Authenticated).ExcludeFromDescription();

        // A plain link (no script): the choice is kept in the culture cookie for a year.
        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext http) =>
            {
                var chosen = PortalCultures.Supported.Contains(culture) ? culture : PortalCultures.Default;
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps });
                return Results.LocalRedirect(LocalPath(returnUrl));
            })
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Only a path of this site: never an open redirect.</summary>
    public static string LocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
