using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Extensions;
using PiedmontSystem.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PiedmontSystem.Identity.Infrastructure.Clients;

/// <summary>
/// Registers the platform's own clients at every start, as configured: the web portal
/// (confidential) and the mobile app (public), both authorization code + PKCE with exact redirect
/// URIs, and in Development a partner system for the client-credentials flow. Partner systems of
/// the region are registered through the API (PartnersApi). No client may use the implicit or
/// password flow: the server does not offer them.
/// </summary>
internal sealed class ClientRegistrations(
    IOpenIddictApplicationManager applications,
    IOptions<IdentityServiceOptions> options,
    IHostEnvironment environment) : IDatabaseSeeder<IdentityServiceDbContext>
{
    public const string WebClientId = "piedmont-web";
    public const string MobileClientId = "piedmont-mobile";
    public const string DevelopmentPartnerClientId = "piedmont-dev-partner";

    public async Task SeedAsync(IdentityServiceDbContext db, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var clients = settings.Clients;
        if (clients.Web.Secret is { Length: > 0 } secret)
        {
            var issuer = settings.Issuer?.ToString() ?? "";
            var web = PersonClient(WebClientId, "Piedmont web portal", ClientTypes.Confidential,
                clients.Web.RedirectUris is { Length: > 0 } redirects ? redirects : [issuer + "signin-oidc"],
                clients.Web.PostLogoutRedirectUris is { Length: > 0 } after ? after : [issuer + "signout-callback-oidc"]);
            web.ClientSecret = secret;
            await SaveAsync(web, cancellationToken);
        }
        await SaveAsync(PersonClient(MobileClientId, "Piedmont mobile app", ClientTypes.Public,
            clients.Mobile.RedirectUris, clients.Mobile.PostLogoutRedirectUris), cancellationToken);

        if (environment.IsDevelopment() && clients.DevelopmentPartnerSecret is { Length: > 0 } partnerSecret)
        {
            var partner = PartnerClients.Descriptor(DevelopmentPartnerClientId, "Development partner system", PlatformScopes.EventAreas);
            partner.ClientSecret = partnerSecret;
            await SaveAsync(partner, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor PersonClient(string clientId, string name, string clientType, IEnumerable<string> redirects, IEnumerable<string> postLogout)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = name,
            ClientType = clientType,
            // First-party clients of the region: the person consented by signing up.
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
                Permissions.Prefixes.Scope + PlatformScopes.Api,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in redirects)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }
        foreach (var uri in postLogout)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }
        return descriptor;
    }

    private async Task SaveAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }
}

/// <summary>How a partner system is registered: client credentials only, with the event areas it may receive.</summary>
public static class PartnerClients
{
    public static OpenIddictApplicationDescriptor Descriptor(string clientId, string name, IEnumerable<string> eventScopes)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = name,
            ClientType = ClientTypes.Confidential,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + PlatformScopes.Api,
            },
        };
        foreach (var scope in eventScopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
        return descriptor;
    }
}
