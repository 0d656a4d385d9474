using System.Net;
using static PiedmontSystem.Identity.Tests.Account.AccountSteps;

namespace PiedmontSystem.Identity.Tests.Account;

/// <summary>The authenticator (TOTP) as a second factor: turning it on, signing in with it or a recovery code, turning it off.</summary>
public sealed class TwoFactorTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task The_authenticator_page_shows_the_key_in_groups_and_a_QR_code_of_the_otpauth_address()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(person.Email, person.Password);

        var page = await browser.OpenAsync("/account/authenticator");

        Assert.Matches("id=\"shared-key\">[a-z2-7]{4}( [a-z2-7]{1,4})+<", page.Html);
        Assert.Matches("<img src=\"data:image/png;base64,[A-Za-z0-9+/=]{100,}\" alt=\"[^\"]+\"", page.Body());
        Assert.Contains(Text("authenticator.disabled"), page.Body(), StringComparison.Ordinal);
        Assert.Equal("otpauth://totp/Piemonte%20Innovazione:maria%40example.org?secret=ABCD&issuer=Piemonte%20Innovazione&digits=6",
            Pages.Account.AuthenticatorModel.OtpAuthUri("maria@example.org", "ABCD"));
    }

    [Fact]
    public async Task A_code_from_the_key_turns_it_on_then_sign_in_asks_for_a_code_refuses_a_wrong_one_and_accepts_the_right_one()
    {
        var person = await identity.CreatePersonAsync();
        using (var settingUp = identity.Browser())
        {
            var (_, codes) = await settingUp.EnableAuthenticatorAsync(person);
            Assert.Equal(10, codes.Distinct().Count());
        }
        var enabled = await identity.PersonAsync(person.Id);
        Assert.True(enabled.TwoFactorEnabled);
        var key = await identity.AuthenticatorKeyAsync(person.Id);

        using var browser = identity.Browser();
        using var password = await browser.SignInAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var secondStep = password.Headers.Location!.ToString();
        Assert.StartsWith("/account/two-factor?", secondStep, StringComparison.Ordinal);
        Assert.False(await browser.IsSignedInAsync());

        var page = await browser.OpenAsync(secondStep);
        var right = CodeFor(key);
        var wrong = right == "000000" ? "111111" : "000000";
        using var refused = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Code"] = wrong });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Text("twofactor.failed"), await refused.BodyAsync(), StringComparison.Ordinal);
        Assert.False(await browser.IsSignedInAsync());
        // A wrong code counts towards the lockout, as a wrong password does.
        Assert.Equal(1, (await identity.PersonAsync(person.Id)).AccessFailedCount);

        using var accepted = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Code"] = CodeFor(key) });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/account/signed-in", accepted.Headers.Location?.ToString());
        Assert.True(await browser.IsSignedInAsync());
        Assert.Equal(0, (await identity.PersonAsync(person.Id)).AccessFailedCount);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var person = await identity.CreatePersonAsync();
        IReadOnlyList<string> codes;
        using (var settingUp = identity.Browser())
        {
            (_, codes) = await settingUp.EnableAuthenticatorAsync(person);
        }
        using var browser = identity.Browser();

        Assert.True(await browser.SignInWithRecoveryCodeAsync(person, codes[0]));
        await browser.SignOutAsync();
        Assert.False(await browser.IsSignedInAsync());

        Assert.False(await browser.SignInWithRecoveryCodeAsync(person, codes[0]));
        Assert.False(await browser.IsSignedInAsync());
        Assert.True(await browser.SignInWithRecoveryCodeAsync(person, codes[1]));
    }

    [Fact]
    public async Task Turning_it_off_lets_the_password_alone_sign_in_and_a_new_key_is_made_for_next_time()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        var (key, _) = await browser.EnableAuthenticatorAsync(person);
        var page = await browser.OpenAsync("/account/authenticator");
        Assert.Contains(Text("authenticator.enabled"), page.Body(), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"shared-key\"", page.Html, StringComparison.Ordinal);

        using var disabled = await browser.SubmitAsync(page, new Dictionary<string, string>(), action: "/account/authenticator?handler=Disable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.False((await identity.PersonAsync(person.Id)).TwoFactorEnabled);
        Assert.NotEqual(key, await identity.AuthenticatorKeyAsync(person.Id));
        using var signedIn = await identity.Browser().SignInAsync(person.Email, person.Password);
        Assert.Equal("/account/signed-in", signedIn.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_it_on()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(person.Email, person.Password);
        var page = await browser.OpenAsync("/account/authenticator");
        var right = CodeFor(SharedKey(page));

        using var answer = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Code"] = right == "123456" ? "654321" : "123456" },
            action: "/account/authenticator?handler=Enable");

        Assert.Equal(Text("authenticator.wrongcode"), FieldError(await answer.Content.ReadAsStringAsync(), "code-error"));
        Assert.False((await identity.PersonAsync(person.Id)).TwoFactorEnabled);
    }

    [Fact]
    public async Task The_second_step_without_a_password_step_before_it_sends_the_browser_to_sign_in()
    {
        using var browser = identity.Browser();
        using var response = await browser.GetAsync("/account/two-factor?ReturnUrl=%2Faccount%2Fsigned-in");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
