using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PiedmontSystem.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PiedmontSystem.Identity.Apis.Connect;

/// <summary>
/// The OpenID Connect endpoints where OpenIddict hands the decision to us (passthrough): who is
/// signed in, which claims their tokens carry, when a refresh is refused. OpenIddict itself checks
/// the client, its exact redirect URI, PKCE, the grant and the scopes before any of these run.
/// Each endpoint authenticates its caller itself (a sign-in cookie, a code, a refresh token or a
/// client secret), so all are anonymous to the platform's policies.
/// </summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/connect/token", TokenAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapMethods("/connect/logout", ["GET", "POST"], LogoutAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapMethods("/connect/userinfo", ["GET", "POST"], UserInfoAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Signed in (and not locked out): issue the code. Otherwise: to the sign-in page, and back here after.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<Person> people, SignInManager<Person> signIn)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var person = cookie.Succeeded ? await people.GetUserAsync(cookie.Principal) : null;
        var tooOld = request.MaxAge is { } maxAge && cookie.Properties?.IssuedUtc is { } issued
            && DateTimeOffset.UtcNow - issued > TimeSpan.FromSeconds(maxAge);

        if (person is null || tooOld || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The person is not signed in.");
            }
            // Back to this request after signing in, without prompt=login (or it would ask again forever).
            var parameters = context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList();
            parameters.RemoveAll(p => p.Key == Parameters.Prompt);
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }
        if (!await signIn.CanSignInAsync(person) || await people.IsLockedOutAsync(person))
        {
            return Forbid(Errors.AccessDenied, "This account cannot sign in now.");
        }

        var loaded = await LoadAsync(people, person.Id, context.RequestAborted);
        var identity = PersonClaims.For(loaded!, request.GetScopes(), TokenValidationParameters.DefaultAuthenticationType);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Code and refresh grants: the claims are built again from the person as stored now, so a
    /// role granted or revoked since applies, and a person locked out or removed gets no token.
    /// Client credentials: a partner system, named by its client id.
    /// </summary>
    private static async Task<IResult> TokenAsync(HttpContext context, UserManager<Person> people, SignInManager<Person> signIn, IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted)
                ?? throw new InvalidOperationException("OpenIddict authenticated an unknown client.");
            var partner = PersonClaims.ForPartner(request.ClientId!, await applications.GetDisplayNameAsync(application, context.RequestAborted),
                request.GetScopes(), TokenValidationParameters.DefaultAuthenticationType);
            return Results.SignIn(new ClaimsPrincipal(partner), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Forbid(Errors.UnsupportedGrantType, "This grant type is not offered.");
        }

        var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = granted.Principal?.GetClaim(Claims.Subject);
        var person = Guid.TryParse(subject, out var id) ? await LoadAsync(people, id, context.RequestAborted) : null;
        if (person is null)
        {
            return Forbid(Errors.InvalidGrant, "The person no longer exists.");
        }
        if (!await signIn.CanSignInAsync(person) || await people.IsLockedOutAsync(person))
        {
            return Forbid(Errors.InvalidGrant, "The person can no longer sign in.");
        }
        var identity = PersonClaims.For(person, granted.Principal!.GetScopes(), TokenValidationParameters.DefaultAuthenticationType);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>RP-initiated logout: ends the sign-in cookie, then OpenIddict returns to the client's registered address.</summary>
    private static async Task<IResult> LogoutAsync(HttpContext context, SignInManager<Person> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/signed-out" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>The standard claims of the access token's person (OpenIddict validated the token).</summary>
    private static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<Person> people)
    {
        var token = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var person = token.Principal is not null && Guid.TryParse(token.Principal.GetClaim(Claims.Subject), out var id)
            ? await LoadAsync(people, id, context.RequestAborted) : null;
        if (person is null || token.Principal is null)
        {
            return Results.Challenge(Properties(Errors.InvalidToken, "The person no longer exists."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        var claims = new Dictionary<string, object?> { [Claims.Subject] = person.Id.ToString() };
        if (token.Principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = person.DisplayName;
            claims[Claims.Locale] = person.PreferredLanguage;
        }
        if (token.Principal.HasScope(Scopes.Email))
        {
            claims[Claims.Email] = person.Email;
            claims[Claims.EmailVerified] = person.EmailConfirmed;
        }
        return Results.Ok(claims);
    }

    private static Task<Person?> LoadAsync(UserManager<Person> people, Guid id, CancellationToken cancellationToken) =>
        people.Users.Include(p => p.StaffRoles).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(Properties(error, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuthenticationProperties Properties(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
