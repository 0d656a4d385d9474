using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace PiedmontSystem.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>The scheme every endpoint authenticates with: it hands each bearer token to the scheme of its issuer.</summary>
    public const string PlatformScheme = "platform";

    /// <summary>Tokens of the OpenID Connect provider (<see cref="JwtOptions.Authority"/>), keys from its discovery document.</summary>
    public const string ProviderScheme = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>Tokens signed with the development key: registered in Development only.</summary>
    public const string DevelopmentScheme = "development";

    /// <summary>
    /// JWT bearer authentication with the platform's claim types, and the named policies of
    /// <see cref="Policies"/>. Services validate tokens themselves: nothing trusts a header
    /// that the gateway could not vouch for. Outside Development only the provider's tokens are
    /// accepted, and a configured HMAC key stops the process at start.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        var development = builder.Environment.IsDevelopment();
        if (!development && !string.IsNullOrEmpty(options.SigningKey))
        {
            throw new InvalidOperationException(
                $"{JwtOptions.Section}:SigningKey is set: shared HMAC keys are accepted only in the Development environment. " +
                $"Remove it and set {JwtOptions.Section}:Authority to the identity provider.");
        }
        if (!development && string.IsNullOrEmpty(options.Authority))
        {
            throw new InvalidOperationException(
                $"Configure {JwtOptions.Section}:Authority (the OpenID Connect provider whose tokens the platform accepts); " +
                "the development key is accepted only in the Development environment.");
        }

        if (!development && !options.Authority!.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{JwtOptions.Section}:Authority must be an HTTPS address outside Development (its keys are trusted from there).");
        }

        var authentication = builder.Services.AddAuthentication(PlatformScheme)
            .AddPolicyScheme(PlatformScheme, "Bearer token of the provider, or a development token", scheme =>
                scheme.ForwardDefaultSelector = context =>
                    development && DevelopmentTokens.IsDevelopmentToken(context.Request.Headers.Authorization.ToString())
                        ? DevelopmentScheme
                        : ProviderScheme)
            .AddJwtBearer(ProviderScheme, jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Authority = options.Authority;
                jwt.MetadataAddress = options.MetadataAddress ?? "";
                // Plain HTTP discovery only on a developer's loopback.
                jwt.RequireHttpsMetadata = !development;
                // A provider not yet up when the first token arrives is asked again soon, not in 5 minutes;
                // a token signed with a key not yet seen (rotation) also triggers a refresh.
                jwt.RefreshInterval = TimeSpan.FromSeconds(15);
                jwt.TokenValidationParameters = Parameters(options);
                if (string.IsNullOrEmpty(options.Authority))
                {
                    // Development without a provider: no provider token can be valid.
                    jwt.TokenValidationParameters.IssuerSigningKeys = [];
                    jwt.TokenValidationParameters.ValidIssuer = "no-provider-configured";
                }
            });
        if (development)
        {
            authentication.AddJwtBearer(DevelopmentScheme, jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = Parameters(options);
                jwt.TokenValidationParameters.ValidIssuer = DevelopmentTokens.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey =
                    DevelopmentTokens.KeyFrom(string.IsNullOrEmpty(options.SigningKey) ? DevelopmentTokens.SigningKey : options.SigningKey);
            });
        }
        builder.Services.AddAuthorization(o => o.AddPlatformPolicies());
        return builder;
    }

    private static TokenValidationParameters Parameters(JwtOptions options) => new()
    {
        ValidAudience = options.Audience,
        NameClaimType = PlatformClaims.Subject,
        RoleClaimType = PlatformClaims.Role,
        ClockSkew = TimeSpan.FromSeconds(30),
    };
}
