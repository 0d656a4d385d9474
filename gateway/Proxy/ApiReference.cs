using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Http;
using Scalar.AspNetCore;

namespace PiedmontSystem.Gateway.Proxy;

/// <summary>
/// One API reference for web and mobile developers: Scalar at <c>/api-reference</c>, with every
/// service's OpenAPI document, proxied to <c>/openapi/&lt;service&gt;.json</c> (see <see cref="ServiceRoutes"/>).
/// </summary>
internal static class ApiReference
{
    public const string Path = "/api-reference";

    /// <summary>Where each service serves its own document.</summary>
    public const string ServiceDocumentPath = "/openapi/v1.json";

    public static string DocumentPath(string serviceName) => $"/openapi/{serviceName}.json";

    /// <summary>
    /// The page loads its scripts, styles and documents from the gateway only; its inline start-up
    /// script carries a nonce, and the styles its components set at run time need inline styles.
    /// </summary>
    public static string PagePolicy(HttpContext context) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{context.Items[ScalarOptions.NonceHttpContextItemKey]}'; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("Piedmont innovation platform API");
            // A public administration's reference calls nothing outside the platform: no usage
            // telemetry, no hosted AI chat, no toolbar linking to the vendor's cloud.
            options.Telemetry = false;
            options.Agent = new ScalarAgentOptions { Disabled = true };
            options.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            // Fonts from the system rather than Scalar's font CDN; scripts run only with this answer's nonce.
            options.DefaultFonts = false;
            options.WithNonce();
            foreach (var (service, index) in ResourceNames.Services.Select((s, i) => (s, i)))
            {
                options.AddDocument(service.Name, service.Name, DocumentPath(service.Name), isDefault: index == 0);
            }
        }).AllowAnonymous().WithContentSecurityPolicy(PagePolicy);
        return app;
    }
}
