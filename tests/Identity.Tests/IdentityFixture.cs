using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Identity.Tests;

/// <summary>
/// The identity service on a real port (Kestrel, not the test server): its issuer is that address,
/// and it validates bearer tokens for its own API through its own discovery document, as every
/// service does. Fresh database and virtual host per test class.
/// </summary>
public class IdentityFixture : IAsyncLifetime
{
    public const string WebClientSecret = "web-client-secret-for-tests";
    public const string WebRedirectUri = "http://127.0.0.1/test-portal/signin-oidc";
    public const string MobileRedirectUri = "it.piemonte.innovazione:/oauth2redirect";
    public const string PartnerClientId = "piedmont-dev-partner";
    public const string PartnerSecret = "partner-secret-for-tests";

    public ServiceFactory<IdentityServiceDbContext> Service { get; private set; } = null!;

    public Uri Issuer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = _servers = await TestServers.GetAsync();
        var broker = await servers.CreateVirtualHostAsync();
        var port = LoopbackPorts.FindFree();
        Issuer = new Uri($"http://127.0.0.1:{port}/");
        _database = TestServerEndpoints.UniqueDatabaseName(ResourceNames.IdentityDatabase);
        Service = new ServiceFactory<IdentityServiceDbContext>(ResourceNames.IdentityDatabase, _database, broker, servers);
        Service.WithSetting("Identity:Issuer", Issuer.ToString())
            .WithSetting("Authentication:Jwt:Authority", Issuer.ToString())
            .WithSetting("Identity:Clients:Web:Secret", WebClientSecret)
            .WithSetting("Identity:Clients:Web:RedirectUris:0", WebRedirectUri)
            .WithSetting("Identity:Clients:Mobile:RedirectUris:0", MobileRedirectUri)
            .WithSetting("Identity:Clients:DevelopmentPartnerSecret", PartnerSecret)
            // A refresh token used twice is refused at once (rotation), not after the production leeway.
            .WithSetting("Identity:RefreshTokenReuseLeewaySeconds", "0")
            // Hundreds of hashes per run: the rules under test do not depend on the hash's cost.
            .WithSetting("Identity:PasswordHashIterations", "1000");
        Configure(Service);
        Service.UseKestrel(port);
        Service.StartServer();
        await Service.StartAndWaitUntilReadyAsync();
    }

    /// <summary>Settings for a test class's own service, before it starts.</summary>
    protected virtual void Configure(ServiceFactory<IdentityServiceDbContext> service)
    {
    }

    public virtual async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await _servers.RemoveAsync([_database], Service.Broker.VirtualHost);
    }

    private TestServerEndpoints _servers = null!;
    private string _database = null!;

    /// <summary>A browser-like client: cookies kept, redirects not followed (the tests follow them one by one).</summary>
    public Browser Browser() => new(Issuer);

    /// <summary>A plain client of the service's address (bearer calls to its API).</summary>
    public HttpClient Client() => new() { BaseAddress = Issuer };

    /// <summary>Creates a person with a confirmed e-mail directly in the store (what sign-up and confirmation end with).</summary>
    public async Task<TestPerson> CreatePersonAsync(string? password = null, Action<Person>? shape = null, bool confirmed = true)
    {
        var email = $"person-{Guid.NewGuid():N}@example.org";
        password ??= "correct horse battery staple " + Guid.NewGuid().ToString("N")[..6];
        await using var scope = Service.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var person = new Person { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = "Test person", CreatedAt = DateTimeOffset.UtcNow };
        shape?.Invoke(person);
        var result = await people.CreateAsync(person, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return new TestPerson(person.Id, email, password);
    }

    /// <summary>Runs <paramref name="query"/> on a fresh DbContext of the service.</summary>
    public Task<T> QueryAsync<T>(Func<IdentityServiceDbContext, Task<T>> query) => Service.QueryAsync(query);

    /// <summary>The people table, read fresh.</summary>
    public Task<Person> PersonAsync(Guid id) =>
        QueryAsync(db => db.Users.Include(p => p.StaffRoles).AsNoTracking().SingleAsync(p => p.Id == id));
}
