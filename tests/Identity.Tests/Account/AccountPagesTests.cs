using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using PiedmontSystem.Identity.Apis.Development;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Pages.Account;
using PiedmontSystem.ServiceDefaults.Security;
using static PiedmontSystem.Identity.Tests.Account.AccountSteps;

namespace PiedmontSystem.Identity.Tests.Account;

/// <summary>The account overview, the pages' language, who may open what, and the development mailbox.</summary>
public sealed class AccountPagesTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Theory]
    [InlineData("/account")]
    [InlineData("/account/signed-in")]
    [InlineData("/account/authenticator")]
    [InlineData("/account/change-password")]
    public async Task The_signed_in_pages_send_an_anonymous_browser_to_sign_in_and_back(string url)
    {
        using var browser = identity.Browser();
        using var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin", response.Headers.Location?.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(url), response.Headers.Location?.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_style_sheet_the_pages_link_is_served_to_anyone()
    {
        using var browser = identity.Browser();
        var page = await browser.OpenAsync("/account/signin");
        Assert.Contains("href=\"/account/assets/site.css\"", page.Html, StringComparison.Ordinal);

        using var css = await browser.GetAsync("/account/assets/site.css");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".field-error", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_shows_the_name_the_address_the_active_roles_and_the_links()
    {
        var organisation = Guid.NewGuid();
        var person = await identity.CreatePersonAsync(shape: p =>
        {
            p.DisplayName = "Carla Verdi";
            p.OrganisationId = organisation;
            p.IsOrganisationAdministrator = true;
            p.StaffRoles.Add(new StaffRoleGrant { Role = Roles.ClusterManager, ClusterCode = "CLEVER", GrantedAt = DateTimeOffset.UtcNow, GrantedBy = "test" });
            p.StaffRoles.Add(new StaffRoleGrant { Role = Roles.Evaluator, GrantedAt = DateTimeOffset.UtcNow, GrantedBy = "test", RevokedAt = DateTimeOffset.UtcNow, RevokedBy = "test" });
        });
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(person.Email, person.Password);

        var page = await browser.OpenAsync("/account?lang=en");

        var body = page.Body();
        Assert.Contains("id=\"display-name\">Carla Verdi<", body, StringComparison.Ordinal);
        Assert.Contains($"id=\"email\">{person.Email}<", body, StringComparison.Ordinal);
        Assert.Contains(Text("role.organisation-user", "en"), body, StringComparison.Ordinal);
        Assert.Contains(organisation.ToString(), body, StringComparison.Ordinal);
        Assert.Contains(Text("signedin.administrator", "en"), body, StringComparison.Ordinal);
        Assert.Contains(Text("role.cluster-manager", "en") + " · CLEVER", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Text("role.evaluator", "en"), body, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/change-password\"", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/authenticator\"", body, StringComparison.Ordinal);
        Assert.Contains("action=\"/account/signout\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_en_gives_English_pages_and_a_browser_asking_for_Italian_gets_Italian()
    {
        using var english = identity.Browser();
        var signUp = await english.OpenAsync("/account/signup?lang=en");
        Assert.Contains("<html lang=\"en\">", signUp.Html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{Text("signup.title", "en")}</h1>", signUp.Body(), StringComparison.Ordinal);
        Assert.Contains(Text("password.hint", "en"), signUp.Body(), StringComparison.Ordinal);
        // Remembered for the next page.
        var forgot = await english.OpenAsync("/account/forgot-password");
        Assert.Contains("<html lang=\"en\">", forgot.Html, StringComparison.Ordinal);
        Assert.Contains(Text("forgot.intro", "en"), forgot.Body(), StringComparison.Ordinal);

        using var italian = identity.Browser();
        italian.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("it");
        var signIn = await italian.OpenAsync("/account/signin");
        Assert.Contains("<html lang=\"it\">", signIn.Html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{Text("signin.title", "it")}</h1>", signIn.Body(), StringComparison.Ordinal);
        Assert.Contains(Text("signin.forgot", "it"), signIn.Body(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_development_mailbox_lists_mails_newest_first_with_their_links_and_as_JSON()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var first = await browser.AskForResetAsync(person.Email);
        using var second = await browser.AskForResetAsync(person.Email);

        var mails = await identity.MailsAsync(person.Email);
        Assert.Equal(2, mails.Count);
        Assert.True(mails[0].SentAt >= mails[1].SentAt);
        Assert.All(mails, m => Assert.Equal(person.Email, m.To));

        var page = await browser.OpenAsync("/account/development-mailbox?to=" + Uri.EscapeDataString(person.Email));
        var link = mails[0].LinkTo("/account/reset-password");
        Assert.Contains($"<a href=\"{link}\">", page.Body(), StringComparison.Ordinal);
        Assert.Equal(2, page.Html.Split("<article class=\"mail\">").Length - 1);

        using var client = identity.Client();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/identity/development/mailbox?to=" + Uri.EscapeDataString(person.Email))).RootElement;
        var item = json.GetProperty("items")[0];
        Assert.Equal(["to", "subject", "text", "sentAt"], item.EnumerateObject().Select(p => p.Name));
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.DoesNotContain("development/mailbox", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_the_mailbox_page_is_not_found_and_its_endpoint_not_mapped()
    {
        var page = new DevelopmentMailboxModel(null!, new Environment("Production"));
        Assert.IsType<NotFoundResult>(await page.OnGetAsync(CancellationToken.None));

        var app = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" }).Build();
        app.MapDevelopmentMailboxApi();
        Assert.Empty(((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints));
        await app.DisposeAsync();
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
