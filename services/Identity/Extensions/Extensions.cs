using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Domain.Passwords;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.Identity.Infrastructure.Clients;
using PiedmontSystem.Identity.Infrastructure.DevelopmentPeople;
using PiedmontSystem.Identity.Infrastructure.Keys;
using PiedmontSystem.Identity.Infrastructure.Mail;
using PiedmontSystem.Identity.IntegrationEvents;
using PiedmontSystem.Messaging;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Extensions;

internal static class Extensions
{
    /// <summary>Policy of the pages that need a signed-in person (the sign-in cookie, not a bearer token).</summary>
    public const string SignedInPerson = "signed-in-person";

    /// <summary>Policy of the partner-system endpoints: operators and regional officers.</summary>
    public const string OperatorOrRegionalOfficer = "operator-or-regional-officer";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityServiceDbContext>(ResourceNames.IdentityDatabase);
        builder.AddRequestHandling<IdentityServiceDbContext>();
        builder.AddIntegrationEvents<IdentityServiceDbContext>(ResourceNames.Identity, bus => bus.AddConsumer<OrganisationRegisteredConsumer>());
        builder.Services.AddOptions<IdentityServiceOptions>().BindConfiguration(IdentityServiceOptions.Section);
        builder.AddPeople();
        builder.AddOpenIdConnectServer();
        builder.AddMail();
        builder.AddPages();
        return builder;
    }

    /// <summary>ASP.NET Core Identity: people, passwords (NIST SP 800-63B), lockout, second factor, the sign-in cookie.</summary>
    private static void AddPeople(this IHostApplicationBuilder builder)
    {
        var iterations = builder.Configuration.GetValue($"{IdentityServiceOptions.Section}:{nameof(IdentityServiceOptions.PasswordHashIterations)}",
            IdentityServiceOptions.MinimumPasswordHashIterations);
        if (iterations < IdentityServiceOptions.MinimumPasswordHashIterations && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Identity:PasswordHashIterations is {iterations}: outside Development passwords are hashed with at least {IdentityServiceOptions.MinimumPasswordHashIterations:N0} rounds.");
        }
        builder.Services.Configure<PasswordHasherOptions>(hasher => hasher.IterationCount = iterations);
        builder.Services.AddIdentityCore<Person>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                // NIST SP 800-63B: length and a list of common passwords, no composition rules
                // (PasswordRules, checked by PlatformPasswordValidator; these settings only say the same).
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddEntityFrameworkStores<IdentityServiceDbContext>();
        // Our rules replace Identity's own password validator: stated once, with our messages.
        builder.Services.Replace(ServiceDescriptor.Scoped<IPasswordValidator<Person>, PlatformPasswordValidator>());
        builder.Services.AddAuthentication().AddIdentityCookies();
        var development = builder.Environment.IsDevelopment();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "piedmont-identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.LoginPath = "/account/signin";
            cookie.LogoutPath = "/account/signout";
            cookie.AccessDeniedPath = "/account/signin";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(SignedInPerson, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser())
            .AddPolicy(OperatorOrRegionalOfficer, policy => policy.RequireRole(Roles.Operator, Roles.RegionalOfficer));
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "piedmont-antiforgery";
            antiforgery.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // Its SAMEORIGIN would win over the platform's DENY (and frame-ancestors 'none'): pages are never framed.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });

        // Behind the gateway: links and redirects name the public address it was asked on.
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
    }

    /// <summary>OpenIddict: the authorization server, its clients and keys.</summary>
    private static void AddOpenIdConnectServer(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(IdentityServiceOptions.Section).Get<IdentityServiceOptions>() ?? new IdentityServiceOptions();
        var development = builder.Environment.IsDevelopment();
        if (!development && settings.Issuer is not { Scheme: "https" })
        {
            throw new InvalidOperationException("Set Identity:Issuer to the platform's public HTTPS address (the gateway's), e.g. https://piedmont.example/.");
        }
        var keyDirectory = builder.Configuration[TokenKeys.Section];
        if (!development && string.IsNullOrEmpty(keyDirectory))
        {
            throw new InvalidOperationException($"Set {TokenKeys.Section}: the folder of the signing and encryption keys (docs/identity.md).");
        }
        var keys = string.IsNullOrEmpty(keyDirectory) ? null : TokenKeys.Load(keyDirectory, development);
        if (keys is not null)
        {
            builder.Services.AddDataProtection()
                .SetApplicationName("piedmont-identity")
                .PersistKeysToFileSystem(new DirectoryInfo(keys.DataProtectionDirectory));
        }

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityServiceDbContext>())
            .AddServer(server =>
            {
                if (settings.Issuer is not null)
                {
                    server.SetIssuer(settings.Issuer);
                }
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo");
                // Code + PKCE for people, client credentials for partner systems, rotating refresh
                // tokens (OpenIddict's default). No implicit flow, no password grant.
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                server.RegisterScopes([.. PlatformScopes.All]);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(settings.AccessTokenMinutes))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(settings.RefreshTokenDays))
                    .SetRefreshTokenReuseLeeway(TimeSpan.FromSeconds(settings.RefreshTokenReuseLeewaySeconds))
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(2));
                // Access tokens are signed JWTs (not encrypted) so every service validates them with the JWKS.
                server.DisableAccessTokenEncryption();
                if (keys is null)
                {
                    // Development without a key folder (tests): keys for this process's life only.
                    server.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
                }
                else
                {
                    server.AddSigningKeys([.. keys.Signing]).AddEncryptionKeys([.. keys.Encryption]);
                }
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (development)
                {
                    // Loopback without TLS on a developer's machine; everywhere else HTTPS only.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        builder.Services.AddScoped<IDatabaseSeeder<IdentityServiceDbContext>, ClientRegistrations>();
        builder.Services.AddScoped<IDatabaseSeeder<IdentityServiceDbContext>, DevelopmentPeopleSeeder>();
    }

    /// <summary>SMTP when configured; the development mailbox in Development otherwise.</summary>
    private static void AddMail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        if (!string.IsNullOrEmpty(builder.Configuration[$"{SmtpOptions.Section}:Host"]))
        {
            builder.Services.AddSingleton<IPlatformMail, SmtpMail>();
        }
        else if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddSingleton<IPlatformMail, DevelopmentMailbox>();
        }
        else
        {
            throw new InvalidOperationException($"Set {SmtpOptions.Section}:Host: the identity service sends confirmation and reset e-mails.");
        }
    }

    /// <summary>Server-rendered pages (Razor Pages), Italian and English.</summary>
    private static void AddPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(pages =>
        {
            // The account pages are open, except those that ask for a signed-in person: endpoint
            // authorization lets [AllowAnonymous] win over [Authorize], so the folder-wide
            // AllowAnonymousToFolder would open those too.
            pages.Conventions.AddFolderApplicationModelConvention("/Account", page =>
            {
                if (!page.HandlerTypeAttributes.Concat(page.EndpointMetadata).Concat(page.PageType.GetCustomAttributes(inherit: true)).OfType<IAuthorizeData>().Any())
                {
                    page.EndpointMetadata.Add(new AllowAnonymousAttribute());
                }
            });
            pages.Conventions.AddPageRoute("/Account/SignedIn", "account");
        });
        builder.Services.Configure<RouteOptions>(routes => routes.LowercaseUrls = true);
        // Italian as written ("è", not "&#xE8;"): only markup characters are escaped.
        builder.Services.Configure<WebEncoderOptions>(encoding => encoding.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Pages.PageText>();
        builder.Services.AddScoped<AccountMail>();
    }
}
