using System.Security.Claims;
using OpenIddict.Abstractions;
using PiedmontSystem.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PiedmontSystem.Identity.Domain;

/// <summary>
/// What a person's tokens say: the claims the services read (<see cref="PlatformClaims"/>), built
/// from the person as stored now, so a role granted or revoked reaches the next token or refresh.
/// </summary>
public static class PersonClaims
{
    /// <summary>The API every service serves: the audience of every access token.</summary>
    public const string PlatformAudience = DevelopmentTokens.Audience;

    public static ClaimsIdentity For(Person person, IEnumerable<string> scopes, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Id.ToString());
        identity.SetClaim(Claims.Name, person.DisplayName);
        identity.SetClaim(Claims.Email, person.Email);
        var roles = new List<string>();
        if (person.OrganisationId is { } organisation)
        {
            roles.Add(Roles.OrganisationUser);
            identity.SetClaim(PlatformClaims.Organisation, organisation.ToString());
        }
        foreach (var grant in person.ActiveStaffRoles)
        {
            roles.Add(grant.Role);
            if (grant.ClusterCode is not null)
            {
                identity.SetClaim(PlatformClaims.Cluster, grant.ClusterCode);
            }
        }
        identity.SetClaims(Claims.Role, [.. roles.Distinct()]);
        identity.SetScopes(scopes);
        identity.SetResources(PlatformAudience);
        identity.SetDestinations(Destinations);
        return identity;
    }

    /// <summary>A partner system (client credentials): its client id is the subject, its role partner-system.</summary>
    public static ClaimsIdentity ForPartner(string clientId, string? displayName, IEnumerable<string> scopes, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.Name, displayName ?? clientId);
        identity.SetClaims(Claims.Role, [Roles.PartnerSystem]);
        identity.SetScopes(scopes);
        identity.SetResources(PlatformAudience);
        identity.SetDestinations(Destinations);
        return identity;
    }

    /// <summary>Every claim goes into the access token (the services read them); the identity token carries the profile.</summary>
    private static IEnumerable<string> Destinations(Claim claim) => claim.Type switch
    {
        Claims.Name or Claims.Email or Claims.Role or PlatformClaims.Organisation or PlatformClaims.Cluster =>
            [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        _ => [OpenIddictConstants.Destinations.AccessToken],
    };
}
