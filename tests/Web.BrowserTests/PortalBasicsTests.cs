using Microsoft.Playwright;
using PiedmontSystem.TestInfrastructure;
using Xunit.Abstractions;

namespace PiedmontSystem.Web.BrowserTests;

/// <summary>The portal's frame: languages, signing in and out through the identity service.</summary>
[Collection(PortalTestGroup.Name)]
public sealed class PortalBasicsTests(PortalFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task A_visitor_reads_the_portal_in_Italian_and_switches_to_English()
    {
        await using var journey = await platform.StartJourneyAsync("languages", output);
        var page = journey.Page;
        await journey.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Opportunità");
        await journey.StepAsync("home in Italian");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Opportunities");
        await journey.StepAsync("home in English");
    }

    [Fact]
    public async Task A_regional_officer_signs_in_at_the_identity_service_and_out_again()
    {
        var officer = PlatformFixture.People.Single(p => p.Role == ServiceDefaults.Security.Roles.RegionalOfficer);
        await using var journey = await platform.StartJourneyAsync("sign-in-and-out", output);
        var page = journey.Page;
        await journey.SignInAsync(officer.Email, officer.Password);
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(officer.Role);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Area di lavoro" })).ToBeVisibleAsync();
        await journey.StepAsync("signed in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Esci" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Accedi" })).ToBeVisibleAsync();
        await journey.StepAsync("signed out");
    }

    [Fact]
    public async Task A_visitor_asking_for_a_page_that_is_not_there_is_told_so_without_signing_in()
    {
        await using var journey = await platform.StartJourneyAsync("page-not-found", output);
        var response = await journey.Page.GotoAsync("/nowhere-at-all");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(journey.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina non trovata");
        await journey.StepAsync("the page that is not there");
    }

    [Fact]
    public async Task A_page_for_staff_sends_a_visitor_to_sign_in()
    {
        await using var journey = await platform.StartJourneyAsync("staff-page-anonymous", output);
        await journey.Page.GotoAsync("/workspace");
        await journey.Page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        await Assertions.Expect(journey.Page.Locator("#Form_Email")).ToBeVisibleAsync();
    }
}
