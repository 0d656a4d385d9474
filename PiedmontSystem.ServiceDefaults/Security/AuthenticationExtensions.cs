using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace PiedmontSystem.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication with the platform's claim types, and the named policies of
    /// <see cref="Policies"/>. Services validate tokens themselves: nothing trusts a header
    /// that the gateway could not vouch for.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        var signingKey = options.SigningKey;
        if (options.Authority is null && string.IsNullOrEmpty(signingKey))
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"Configure {JwtOptions.Section}:Authority (identity provider) or {JwtOptions.Section}:SigningKey; " +
                    "the development key is accepted only in the Development environment.");
            }
            signingKey = DevelopmentTokens.SigningKey;
        }

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                if (options.Authority is not null)
                {
                    jwt.Authority = options.Authority;
                }
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = signingKey is null ? null : DevelopmentTokens.KeyFrom(signingKey),
                    NameClaimType = PlatformClaims.Subject,
                    RoleClaimType = PlatformClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        builder.Services.AddAuthorization(o => o.AddPlatformPolicies());
        return builder;
    }
}
