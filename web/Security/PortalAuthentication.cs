using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Web.Security;

/// <summary>
/// Sign-in for the portal as a backend for the browser: OpenID Connect at the identity service
/// (authorization code + PKCE, confidential client <c>piedmont-web</c>), tokens kept server-side in
/// <see cref="PortalSessionStore"/>, an HttpOnly SameSite=Lax cookie naming the session (Secure
/// outside Development). Pages authorize with the platform's named policies against that session;
/// <c>/api/**</c> keeps the services' bearer tokens.
/// </summary>
public static class PortalAuthentication
{
    public static IHostApplicationBuilder AddPortalAuthentication(this IHostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var authority = settings.Authority ?? builder.Configuration[$"{JwtOptions.Section}:Authority"];

        builder.Services.Configure<AuthenticationOptions>(options => options.DefaultScheme = PortalSchemes.Portal);
        builder.Services.AddAuthentication()
            .AddPolicyScheme(PortalSchemes.Portal, "Bearer token on the API, the session cookie on pages", scheme =>
                scheme.ForwardDefaultSelector = context =>
                    context.Request.Path.StartsWithSegments("/api") ? AuthenticationExtensions.PlatformScheme : PortalSchemes.Cookie)
            .AddCookie(PortalSchemes.Cookie, cookie =>
            {
                cookie.Cookie.Name = "piedmont-portal";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(settings.SessionHours);
                cookie.SlidingExpiration = true;
                cookie.ForwardChallenge = PortalSchemes.OpenIdConnect;
                cookie.AccessDeniedPath = "/access-denied";
                cookie.Events.OnValidatePrincipal = RefreshWhenDueAsync;
            })
            .AddOpenIdConnect(PortalSchemes.OpenIdConnect, oidc =>
            {
                oidc.SignInScheme = PortalSchemes.Cookie;
                oidc.SignOutScheme = PortalSchemes.Cookie;
                oidc.Authority = authority;
                oidc.RequireHttpsMetadata = !development;
                oidc.ClientId = settings.ClientId;
                oidc.ClientSecret = settings.ClientSecret;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                // The code comes back in the query: the provider's form_post page would need an inline script.
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.UsePkce = true;
                oidc.Scope.Clear();
                foreach (var scope in (string[])["openid", "profile", "email", "offline_access", "api"])
                {
                    oidc.Scope.Add(scope);
                }
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.CallbackPath = "/signin-oidc";
                oidc.SignedOutCallbackPath = "/signout-callback-oidc";
                oidc.SignedOutRedirectUri = "/";
                oidc.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
                oidc.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                oidc.Events.OnTokenValidated = context =>
                {
                    // The page's principal is the access token's: the claims the services decide on.
                    if (context.TokenEndpointResponse?.AccessToken is { } accessToken)
                    {
                        context.Principal = PortalClaims.FromAccessToken(accessToken);
                    }
                    return Task.CompletedTask;
                };
                oidc.Events.OnRedirectToIdentityProvider = context =>
                {
                    // The provider's pages in the portal's language.
                    context.ProtocolMessage.UiLocales = Thread.CurrentThread.CurrentUICulture.TwoLetterISOLanguageName;
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddSingleton<ITicketStore, PortalSessionStore>();
        builder.Services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, SessionStoreSetup>();
        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddHttpClient(nameof(TokenRefresher));
        return builder;
    }

    /// <summary>On each visit: an access token about to expire is refreshed, and the page sees the person as the provider now does.</summary>
    private static async Task RefreshWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var refresher = context.HttpContext.RequestServices.GetRequiredService<TokenRefresher>();
        if (!refresher.IsDue(context.Properties))
        {
            return;
        }
        var principal = await refresher.RefreshAsync(context.Properties, context.HttpContext.RequestAborted);
        if (principal is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PortalSchemes.Cookie);
            return;
        }
        context.ReplacePrincipal(principal);
        context.ShouldRenew = true;
    }
}
