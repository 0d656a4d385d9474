using System.Net;
using Microsoft.EntityFrameworkCore;
using static PiedmontSystem.Identity.Tests.Account.AccountSteps;

namespace PiedmontSystem.Identity.Tests.Account;

/// <summary>
/// Every form refuses a POST without its anti-forgery token (what another site's page would send
/// with the person's cookies) with 400, and nothing changes.
/// </summary>
public sealed class AntiforgeryTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Sign_in_without_the_token_is_refused_and_signs_no_one_in()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        var page = await browser.OpenAsync("/account/signin");

        using var answer = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Email"] = person.Email, ["Form.Password"] = person.Password }, withAntiforgeryToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task Sign_up_without_the_token_is_refused_and_creates_no_one()
    {
        var email = NewEmail();
        using var browser = identity.Browser();
        var page = await browser.OpenAsync("/account/signup");

        using var answer = await browser.SubmitAsync(page, SignUpFields(email, GoodPassword()), withAntiforgeryToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.False(await identity.QueryAsync(db => db.Users.AnyAsync(p => p.Email == email)));
        Assert.Empty(await identity.MailsAsync(email));
    }

    [Theory]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/resend-confirmation")]
    public async Task Mail_forms_without_the_token_are_refused_and_send_nothing(string url)
    {
        var email = NewEmail();
        using var browser = identity.Browser();
        using var signedUp = await browser.SignUpAsync(email, GoodPassword());
        var confirmed = await identity.CreatePersonAsync();
        var page = await browser.OpenAsync(url);

        foreach (var address in new[] { email, confirmed.Email })
        {
            using var answer = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Email"] = address }, withAntiforgeryToken: false);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        }

        Assert.Single(await identity.MailsAsync(email));
        Assert.Empty(await identity.MailsAsync(confirmed.Email));
    }

    [Fact]
    public async Task Reset_without_the_token_is_refused_and_the_password_stays()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var asked = await browser.AskForResetAsync(person.Email);
        var page = await browser.OpenAsync(Assert.Single(await identity.MailsAsync(person.Email)).LinkTo("/account/reset-password"));
        var newPassword = GoodPassword();

        using var answer = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Password"] = newPassword, ["Form.PasswordAgain"] = newPassword }, withAntiforgeryToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        using var withOld = await identity.Browser().SignInAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.Redirect, withOld.StatusCode);
    }

    [Fact]
    public async Task The_second_step_without_the_token_is_refused_and_signs_no_one_in()
    {
        var person = await identity.CreatePersonAsync();
        string key;
        using (var settingUp = identity.Browser())
        {
            (key, _) = await settingUp.EnableAuthenticatorAsync(person);
        }
        using var browser = identity.Browser();
        using var password = await browser.SignInAsync(person.Email, person.Password);
        var page = await browser.OpenAsync(password.Headers.Location!.ToString());

        using var answer = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Code"] = CodeFor(key) }, withAntiforgeryToken: false);
        using var recovery = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Code"] = "anything" }, withAntiforgeryToken: false, action: "/account/recovery-code");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, recovery.StatusCode);
        Assert.False(await browser.IsSignedInAsync());
        Assert.Equal(0, (await identity.PersonAsync(person.Id)).AccessFailedCount);
    }

    [Fact]
    public async Task Signed_in_forms_without_the_token_are_refused_and_change_nothing()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(person.Email, person.Password);

        var authenticator = await browser.OpenAsync("/account/authenticator");
        using var enable = await browser.SubmitAsync(authenticator, new Dictionary<string, string> { ["Form.Code"] = CodeFor(SharedKey(authenticator)) },
            withAntiforgeryToken: false, action: "/account/authenticator?handler=Enable");
        Assert.Equal(HttpStatusCode.BadRequest, enable.StatusCode);
        Assert.False((await identity.PersonAsync(person.Id)).TwoFactorEnabled);

        var change = await browser.OpenAsync("/account/change-password");
        var newPassword = GoodPassword();
        using var changed = await browser.SubmitAsync(change, new Dictionary<string, string>
        {
            ["Form.CurrentPassword"] = person.Password, ["Form.New.Password"] = newPassword, ["Form.New.PasswordAgain"] = newPassword,
        }, withAntiforgeryToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        using (var withOld = await identity.Browser().SignInAsync(person.Email, person.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, withOld.StatusCode);
        }

        var overview = await browser.OpenAsync("/account/signed-in");
        using var signOut = await browser.SubmitAsync(overview, new Dictionary<string, string>(), withAntiforgeryToken: false, action: "/account/signout");
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.True(await browser.IsSignedInAsync());

        // With the token, the same sign-out works: the form is right, only the token was missing.
        using var signedOut = await browser.SubmitAsync(overview, new Dictionary<string, string>(), action: "/account/signout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.False(await browser.IsSignedInAsync());
    }
}
