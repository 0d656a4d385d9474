using Microsoft.Playwright;
using PiedmontSystem.TestInfrastructure;
using Xunit.Abstractions;

namespace PiedmontSystem.Web.BrowserTests;

/// <summary>
/// The whole platform (gateway, services, identity, portal) as processes, and one headless
/// chromium. Each journey opens its own browser context: its own cookies, as a separate person.
/// </summary>
public sealed class PortalFixture : PlatformFixture, IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string PortalAddress => $"http://127.0.0.1:{GatewayPort}";

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        // A form post crosses portal, gateway and a service, on two cores shared with other test
        // assemblies: expectations wait up to 20 s (Playwright's default is 5), actions as long.
        Assertions.SetDefaultExpectTimeout(20_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Playwright's own browser download cannot be reached here: Debian's chromium.
            ExecutablePath = Environment.GetEnvironmentVariable("PIEDMONT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await DisposeAsync();
    }

    /// <summary>A fresh browser context (a person of their own) at the portal, its pages in <paramref name="language"/>.</summary>
    public async Task<Journey> StartJourneyAsync(string name, ITestOutputHelper output, string language = "it")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = PortalAddress,
            Locale = language,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        // A page load waits on the platform's processes, which share two cores with the other test assemblies.
        context.SetDefaultNavigationTimeout(45_000);
        return new Journey(name, context, await context.NewPageAsync(), this, output);
    }
}

[CollectionDefinition(Name)]
public sealed class PortalTestGroup : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
