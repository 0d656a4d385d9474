using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PiedmontSystem.TestInfrastructure;
using Xunit.Abstractions;

namespace PiedmontSystem.Web.BrowserTests;

/// <summary>
/// One person's way through the portal in a browser. Every <see cref="StepAsync"/> keeps a
/// screenshot (TestResults/browser/&lt;journey&gt;/) and checks the page with axe-core for WCAG 2.1
/// A and AA rules: a serious or critical violation fails the step, as does a script or style the
/// page's content security policy refused.
/// </summary>
public sealed partial class Journey : IAsyncDisposable
{
    private readonly string _name;
    private readonly PortalFixture _platform;
    private readonly ITestOutputHelper _output;
    private readonly ConcurrentQueue<string> _policyViolations = new();
    private int _step;

    internal Journey(string name, IBrowserContext context, IPage page, PortalFixture platform, ITestOutputHelper output)
    {
        _name = name;
        Context = context;
        Page = page;
        _platform = platform;
        _output = output;
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                _policyViolations.Enqueue(message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The folder of this journey's screenshots.</summary>
    public string ScreenshotFolder => Path.Combine(BuildOutput.Locate().RepositoryRoot, "TestResults", "browser", _name);

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
    }

    /// <summary>Records the page as it is now: a screenshot, and axe-core's verdict on it.</summary>
    public async Task StepAsync(string step)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        _step++;
        Directory.CreateDirectory(ScreenshotFolder);
        var file = Path.Combine(ScreenshotFolder, $"{_step:00}-{FileSafe().Replace(step, "-").ToLowerInvariant()}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        _output.WriteLine($"step {_step}: {step} ({Page.Url}) → {file}");

        var violations = await AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"Step \"{step}\" at {Page.Url}: {violations.Count} serious or critical WCAG violations:\n{string.Join('\n', violations)}");
        Assert.True(_policyViolations.IsEmpty, $"Step \"{step}\" at {Page.Url}: the content security policy refused:\n{string.Join('\n', _policyViolations)}");
    }

    /// <summary>
    /// Ticks a checkbox as a person does, on its label: Bootstrap Italia draws the box there and
    /// hides the input. Clicking the label waits until it stands still, where a forced click on the
    /// hidden input could land beside it while the page still moves.
    /// </summary>
    public static async Task TickAsync(ILocator checkbox)
    {
        var id = await checkbox.GetAttributeAsync("id");
        await checkbox.Page.Locator($"label[for='{id}']").ClickAsync();
        await Assertions.Expect(checkbox).ToBeCheckedAsync();
    }

    /// <summary>Signs in at the identity service's page, from the portal's "Accedi", and comes back signed in.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await GotoAsync("/session/signin?returnUrl=%2F");
        await Page.Locator("#Form_Email").FillAsync(email);
        await Page.Locator("#Form_Password").FillAsync(password);
        await Page.Locator("form button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal) && !url.Contains("/connect/", StringComparison.Ordinal) && !url.Contains("/signin-oidc", StringComparison.Ordinal));
        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToBeAttachedAsync();
    }

    /// <summary>Signs up at the identity service and confirms the address from the development mailbox.</summary>
    public async Task SignUpAsync(string email, string displayName, string password)
    {
        await GotoAsync("/account/signup");
        await Page.Locator("#Form_Email").FillAsync(email);
        await Page.Locator("#Form_DisplayName").FillAsync(displayName);
        await Page.Locator("#Form_Password").FillAsync(password);
        await Page.Locator("#Form_PasswordAgain").FillAsync(password);
        await Page.Locator("form button[type=submit]").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var link = await ConfirmationLinkAsync(email);
        await GotoAsync(link);
    }

    private async Task<string> ConfirmationLinkAsync(string email)
    {
        using var http = _platform.CreateClient();
        string? link = null;
        await Eventually.Until(async () =>
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync($"/api/identity/development/mailbox?to={Uri.EscapeDataString(email)}"));
            var text = json.RootElement.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("text").GetString()).FirstOrDefault();
            link = text is null ? null : Link().Match(text) is { Success: true } m ? m.Value : null;
            return link is not null;
        }, TimeSpan.FromSeconds(20), $"the confirmation mail to {email}");
        return new Uri(link!).PathAndQuery;
    }

    private async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        // Evaluated through the browser's debugging protocol: the page's own policy still refuses inline scripts.
        // Once per document: enhanced navigation keeps the document, and with it axe, across many steps.
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await Page.EvaluateAsync(AxeSource.Value + "\n;0");
        }
        var result = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(BuildOutput.Locate().RepositoryRoot, "tools", "browser", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"{path} is missing: run scripts/install-prerequisites.sh --browser (./piedmont test does).");
    });

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex FileSafe();

    [GeneratedRegex(@"https?://\S+/account/confirm\S*")]
    private static partial Regex Link();
}
