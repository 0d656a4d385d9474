using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using PiedmontSystem.Messaging;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.Web.Api;
using PiedmontSystem.Web.Components;
using PiedmontSystem.Web.Indicators;
using PiedmontSystem.Web.Infrastructure;
using PiedmontSystem.Web.Localisation;
using PiedmontSystem.Web.Opportunities;
using PiedmontSystem.Web.Security;

namespace PiedmontSystem.Web.Extensions;

internal static class PortalExtensions
{
    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PortalDbContext>(ResourceNames.PortalDatabase);
        builder.AddRequestHandling<PortalDbContext>();
        builder.AddIntegrationEvents<PortalDbContext>(ResourceNames.Web, bus =>
        {
            bus.AddOrganisationReplicaConsumers<PortalDbContext>(ResourceNames.Web);
            bus.AddOpportunityConsumers(ResourceNames.Web);
        });

        // Sessions hold tokens: encrypted with a key ring in the portal's own database, shared by its instances.
        builder.Services.AddDataProtection().SetApplicationName("piedmont-portal").PersistKeysToDbContext<PortalDbContext>();
        builder.AddPortalAuthentication();
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "piedmont-portal-antiforgery";
            antiforgery.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // The platform's DENY (and frame-ancestors 'none') stays: pages are never framed.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        // Behind the gateway: sign-in redirects and links name the public address it was asked on.
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);

        builder.Services.AddScoped<OpportunityFeed>();
        builder.Services.AddRazorComponents();
        builder.Services.AddIndicators();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();
        var gateway = builder.Configuration[GatewayClient.GatewaySetting]
            ?? throw new InvalidOperationException($"No gateway address: set services__{ResourceNames.Gateway}__http__0 (Aspire and the local runner do).");
        builder.Services.AddHttpClient<GatewayClient>(client =>
        {
            client.BaseAddress = new Uri(gateway.TrimEnd('/') + "/");
            client.Timeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }

    /// <summary>Before authentication: the public address and the language of the request.</summary>
    public static WebApplication UsePortalEdge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UsePortalCultures();
        // A browser asking for a page that is not there gets a page that says so; the API and other
        // clients keep the platform's problem details.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api")
                && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Routing after the re-execution above, so the re-executed /not-found finds its (anonymous)
        // page; routed before it, it would meet the fallback policy and send a visitor to sign in.
        app.UseRouting();
        return app;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapSessionEndpoints();
        app.MapIndicatorsEndpoints();
        app.MapRazorComponents<App>().WithContentSecurityPolicy(_ => PageContentSecurityPolicy);
        // Every other path is the gateway's catch-all's too: unknown is 404 for everyone, not "sign in first".
        app.MapFallback("{*path}", () => Results.NotFound()).AllowAnonymous().ExcludeFromDescription()
            .WithContentSecurityPolicy(_ => PageContentSecurityPolicy);
        return app;
    }

    /// <summary>
    /// Pages load only the portal's own scripts, styles, fonts and images (Bootstrap Italia ships
    /// with it; its style sheet embeds one font as a data: URL), and forms post only to the portal's origin (the gateway, where the identity service is too).
    /// </summary>
    public const string PageContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
}
