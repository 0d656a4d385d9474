using System.Net;
using static PiedmontSystem.Identity.Tests.Account.AccountSteps;

namespace PiedmontSystem.Identity.Tests.Account;

/// <summary>Forgotten passwords, the reset link, the lockout it ends, and changing a password while signed in.</summary>
public sealed class PasswordResetTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task The_reset_link_sets_a_new_password_once()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var asked = await browser.AskForResetAsync(person.Email);
        Assert.Equal("/account/check-mailbox?about=reset", asked.Headers.Location?.ToString());
        var mail = Assert.Single(await identity.MailsAsync(person.Email));
        Assert.Equal(Text("mail.reset.subject"), mail.Subject);
        var link = mail.LinkTo("/account/reset-password");

        var newPassword = GoodPassword();
        var page = await browser.OpenAsync(link);
        using var reset = await browser.SubmitAsync(page, NewPassword(newPassword));

        Assert.Contains("id=\"password-reset\"", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var withOld = await identity.Browser().SignInAsync(person.Email, person.Password))
        {
            Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        }
        using (var withNew = await identity.Browser().SignInAsync(person.Email, newPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        }

        // The same link again: the page says it is spent, and a POST changes nothing.
        var spent = await browser.OpenAsync(link);
        Assert.Contains("id=\"invalid-link\"", spent.Html, StringComparison.Ordinal);
        Assert.Contains(Text("reset.invalid"), spent.Body(), StringComparison.Ordinal);
        var third = GoodPassword();
        using var replay = await browser.SubmitAsync(page, NewPassword(third));
        Assert.Contains("id=\"invalid-link\"", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var withThird = await identity.Browser().SignInAsync(person.Email, third);
        Assert.Equal(HttpStatusCode.OK, withThird.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var person = await identity.CreatePersonAsync();
        var unknown = NewEmail();
        using var browser = identity.Browser();

        using var forKnown = await browser.AskForResetAsync(person.Email);
        using var forUnknown = await browser.AskForResetAsync(unknown);

        Assert.Equal(HttpStatusCode.Redirect, forUnknown.StatusCode);
        Assert.Equal(forKnown.Headers.Location, forUnknown.Headers.Location);
        Assert.Single(await identity.MailsAsync(person.Email));
        Assert.Empty(await identity.MailsAsync(unknown));
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_and_the_link_still_works()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var asked = await browser.AskForResetAsync(person.Email);
        var page = await browser.OpenAsync(Assert.Single(await identity.MailsAsync(person.Email)).LinkTo("/account/reset-password"));

        using var weak = await browser.SubmitAsync(page, NewPassword("piemonte2026"));

        var html = await weak.Content.ReadAsStringAsync();
        Assert.Contains(Text("password.platformword"), FieldError(html, "password-error"), StringComparison.Ordinal);
        using var withOld = await identity.Browser().SignInAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.Redirect, withOld.StatusCode);
        var strong = GoodPassword();
        using var reset = await browser.SubmitAsync(page, NewPassword(strong));
        Assert.Contains("id=\"password-reset\"", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_refused_until_a_reset_ends_the_lockout()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await browser.SignInAsync(person.Email, GoodPassword());
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await browser.SignInAsync(person.Email, person.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(Text("signin.locked"), await right.BodyAsync(), StringComparison.Ordinal);
        Assert.False(await browser.IsSignedInAsync());
        var locked = await identity.PersonAsync(person.Id);
        Assert.NotNull(locked.LockoutEnd);
        Assert.InRange(locked.LockoutEnd.Value, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));

        // The owner proves the mailbox is theirs and chooses a new password: no need to wait.
        using var asked = await browser.AskForResetAsync(person.Email);
        var page = await browser.OpenAsync(Assert.Single(await identity.MailsAsync(person.Email)).LinkTo("/account/reset-password"));
        var newPassword = GoodPassword();
        using var reset = await browser.SubmitAsync(page, NewPassword(newPassword));
        var unlocked = await identity.PersonAsync(person.Id);
        Assert.Null(unlocked.LockoutEnd);
        Assert.Equal(0, unlocked.AccessFailedCount);
        using var signedIn = await browser.SignInAsync(person.Email, newPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_person_changes_the_password_with_the_current_one_and_by_the_same_rules()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(person.Email, person.Password);
        var page = await browser.OpenAsync("/account/change-password");
        var newPassword = GoodPassword();

        using var wrongCurrent = await browser.SubmitAsync(page, ChangeFields(GoodPassword(), newPassword));
        Assert.Equal(Text("changepassword.wrongcurrent"), FieldError(await wrongCurrent.Content.ReadAsStringAsync(), "current-error"));

        using var weak = await browser.SubmitAsync(page, ChangeFields(person.Password, "abcdefghijklmn"));
        Assert.Contains(Text("password.sequence"), FieldError(await weak.Content.ReadAsStringAsync(), "password-error"), StringComparison.Ordinal);

        using var changed = await browser.SubmitAsync(page, ChangeFields(person.Password, newPassword));
        Assert.Contains("id=\"password-changed\"", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await browser.IsSignedInAsync());
        using var withOld = await identity.Browser().SignInAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        using var withNew = await identity.Browser().SignInAsync(person.Email, newPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    private static Dictionary<string, string> NewPassword(string password) =>
        new() { ["Form.Password"] = password, ["Form.PasswordAgain"] = password };

    private static Dictionary<string, string> ChangeFields(string current, string password) =>
        new() { ["Form.CurrentPassword"] = current, ["Form.New.Password"] = password, ["Form.New.PasswordAgain"] = password };
}
