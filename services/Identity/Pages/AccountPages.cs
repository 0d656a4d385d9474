using Microsoft.Extensions.Options;
using PiedmontSystem.Identity.Extensions;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Identity.Pages;

/// <summary>The account pages and their assets, under <c>/account</c> (the path the gateway routes here).</summary>
public static class AccountPages
{
    /// <summary>
    /// The pages' style sheet, served before authentication and authorization: with no endpoint, a
    /// static file would otherwise meet the fallback policy (a bearer token) and answer 401.
    /// </summary>
    public static WebApplication UseAccountAssets(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions { RequestPath = "/account/assets" });
        return app;
    }

    public static WebApplication MapAccountPages(this WebApplication app)
    {
        var clients = app.Services.GetRequiredService<IOptions<IdentityServiceOptions>>().Value.Clients;
        var policy = ContentSecurityPolicy(clients);
        app.MapRazorPages().WithContentSecurityPolicy(_ => policy);
        return app;
    }

    /// <summary>
    /// Pages load only their own style sheet; forms post only here, or on to a registered
    /// client's redirect address (browsers check form-action along the sign-in's redirects).
    /// </summary>
    private static string ContentSecurityPolicy(IdentityServiceOptions.ClientSettings clients)
    {
        var targets = clients.Web.RedirectUris.Concat(clients.Mobile.RedirectUris)
            .Select(uri => Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
                ? parsed.Scheme is "http" or "https" ? parsed.GetLeftPart(UriPartial.Authority) : parsed.Scheme + ":"
                : null)
            .OfType<string>()
            .Distinct();
        return $"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self' {string.Join(' ', targets)}; " +
               "frame-ancestors 'none'; base-uri 'none'";
    }
}
