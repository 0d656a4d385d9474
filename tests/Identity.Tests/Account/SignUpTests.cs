using System.Net;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Domain.Passwords;
using static PiedmontSystem.Identity.Tests.Account.AccountSteps;

namespace PiedmontSystem.Identity.Tests.Account;

/// <summary>Sign-up, the confirmation e-mail and its link, and what sign-in says before and after.</summary>
public sealed class SignUpTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private const string CheckMailbox = "/account/check-mailbox?about=signup";

    [Fact]
    public async Task Sign_up_mails_a_link_that_confirms_the_address_and_only_then_the_person_signs_in()
    {
        var email = NewEmail();
        var password = GoodPassword();
        using var browser = identity.Browser();
        var before = DateTimeOffset.UtcNow;

        using var signedUp = await browser.SignUpAsync(email, password, name: "Mary Ross", language: "en");

        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        Assert.Equal(CheckMailbox, signedUp.Headers.Location?.ToString());
        var person = await identity.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(p => p.Email == email));
        Assert.False(person.EmailConfirmed);
        Assert.Equal("Mary Ross", person.DisplayName);
        Assert.Equal("en", person.PreferredLanguage);
        Assert.InRange(person.CreatedAt, before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        var checkMailbox = await browser.OpenAsync(CheckMailbox);
        Assert.Contains(Text("checkmailbox.signup"), checkMailbox.Body(), StringComparison.Ordinal);

        // Before confirming: the right password hears "confirm first", with a link to send the mail again.
        using var unconfirmed = await browser.SignInAsync(email, password);
        var refusal = await unconfirmed.BodyAsync();
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains(Text("signin.unconfirmed"), refusal, StringComparison.Ordinal);
        Assert.Contains("/account/resend-confirmation?email=", refusal, StringComparison.Ordinal);
        Assert.False(await browser.IsSignedInAsync());

        // The mail, in the person's language, links to this service's address.
        var mail = Assert.Single(await identity.MailsAsync(email));
        Assert.Equal(Text("mail.confirm.subject", "en"), mail.Subject);
        Assert.Contains("Hello Mary Ross", mail.Text, StringComparison.Ordinal);
        var link = mail.LinkTo("/account/confirm-email");
        Assert.StartsWith(identity.Issuer.ToString(), link, StringComparison.Ordinal);

        var confirmed = await browser.OpenAsync(link);
        Assert.Contains("id=\"confirmed\"", confirmed.Html, StringComparison.Ordinal);
        Assert.True((await identity.PersonAsync(person.Id)).EmailConfirmed);

        using var signedIn = await browser.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account/signed-in", signedIn.Headers.Location?.ToString());
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task A_wrong_password_for_an_unconfirmed_address_hears_the_usual_failure_not_that_the_account_exists()
    {
        var email = NewEmail();
        using var browser = identity.Browser();
        using var signedUp = await browser.SignUpAsync(email, GoodPassword());

        using var wrong = await browser.SignInAsync(email, GoodPassword());

        var body = await wrong.BodyAsync();
        Assert.Contains(Text("signin.failed"), body, StringComparison.Ordinal);
        Assert.DoesNotContain(Text("signin.unconfirmed"), body, StringComparison.Ordinal);
        Assert.Equal(1, (await identity.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(p => p.Email == email))).AccessFailedCount);
    }

    [Fact]
    public async Task The_confirmation_link_names_the_public_address_the_gateway_was_asked_on()
    {
        var email = NewEmail();
        using var browser = identity.Browser();
        var page = await browser.OpenAsync("/account/signup");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signup")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(SignUpFields(email, GoodPassword()))
            {
                ["__RequestVerificationToken"] = page.AntiforgeryToken!,
            }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "piedmont.example");

        using var answer = await browser.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var link = Assert.Single(await identity.MailsAsync(email)).LinkTo("/account/confirm-email");
        Assert.StartsWith("https://piedmont.example/account/confirm-email?personId=", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_up_with_a_registered_address_gets_the_same_answer_and_the_owner_a_mail_saying_so()
    {
        var existing = await identity.CreatePersonAsync();
        using var browser = identity.Browser();

        using var again = await browser.SignUpAsync(existing.Email, GoodPassword(), name: "Someone Else");
        using var fresh = await browser.SignUpAsync(NewEmail(), GoodPassword());

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(fresh.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await identity.QueryAsync(db => db.Users.CountAsync(p => p.Email == existing.Email)));
        Assert.Equal("Test person", (await identity.PersonAsync(existing.Id)).DisplayName);
        var mail = Assert.Single(await identity.MailsAsync(existing.Email));
        Assert.Equal(Text("mail.already.subject"), mail.Subject);
        Assert.Contains("/account/forgot-password", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/confirm-email", mail.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> WeakPasswords => new()
    {
        { "short pass", PasswordRules.TooShort },
        { "qwerty123456", PasswordRules.Common },
        { "{local} was here", PasswordRules.Personal },
        { "zzzzzzzzzzzzzzzz", PasswordRules.Repeated },
        { "123456789012", PasswordRules.Sequence },
    };

    [Theory]
    [MemberData(nameof(WeakPasswords))]
    public async Task A_weak_password_is_refused_on_the_password_field_and_no_person_is_created(string password, string rule)
    {
        var email = NewEmail();
        password = password.Replace("{local}", email.Split('@')[0], StringComparison.Ordinal);
        using var browser = identity.Browser();

        using var answer = await browser.SignUpAsync(email, password);

        var html = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(Text(rule), FieldError(html, "password-error"), StringComparison.Ordinal);
        Assert.Matches("<input[^>]*aria-invalid=\"true\"[^>]*id=\"Form_Password\"|<input[^>]*id=\"Form_Password\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("href=\"#Form_Password\"", html, StringComparison.Ordinal);
        Assert.False(await identity.QueryAsync(db => db.Users.AnyAsync(p => p.Email == email)));
        Assert.Empty(await identity.MailsAsync(email));
    }

    [Fact]
    public async Task Passwords_that_differ_and_missing_fields_are_named_and_nothing_is_created()
    {
        var email = NewEmail();
        using var browser = identity.Browser();

        using var answer = await browser.SignUpAsync(email, GoodPassword(), name: "", again: GoodPassword());

        var html = await answer.Content.ReadAsStringAsync();
        Assert.True(FieldError(html, "passwordagain-error") == Text("password.mismatch"), html);
        Assert.Equal(Text("field.required"), FieldError(html, "name-error"));
        Assert.False(await identity.QueryAsync(db => db.Users.AnyAsync(p => p.Email == email)));
    }

    [Fact]
    public async Task The_resend_page_sends_a_new_link_to_an_unconfirmed_address_only_and_answers_the_same_for_any()
    {
        var unconfirmed = NewEmail();
        var unknown = NewEmail();
        var confirmed = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var signedUp = await browser.SignUpAsync(unconfirmed, GoodPassword());

        var answers = new List<string?>();
        foreach (var email in new[] { unconfirmed, unknown, confirmed.Email })
        {
            var page = await browser.OpenAsync("/account/resend-confirmation?email=" + Uri.EscapeDataString(email));
            Assert.Contains($"value=\"{email}\"", page.Html, StringComparison.Ordinal);
            using var answer = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Email"] = email });
            answers.Add(answer.Headers.Location?.ToString());
        }

        Assert.All(answers, location => Assert.Equal("/account/check-mailbox?about=confirmation", location));
        Assert.Equal(2, (await identity.MailsAsync(unconfirmed)).Count);
        Assert.Empty(await identity.MailsAsync(unknown));
        Assert.Empty(await identity.MailsAsync(confirmed.Email));
        // The newer link works as well as the first.
        var newest = (await identity.MailsAsync(unconfirmed))[0];
        var confirmedPage = await browser.OpenAsync(newest.LinkTo("/account/confirm-email"));
        Assert.Contains("id=\"confirmed\"", confirmedPage.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_link_with_a_forged_code_confirms_nothing()
    {
        var email = NewEmail();
        using var browser = identity.Browser();
        using var signedUp = await browser.SignUpAsync(email, GoodPassword());
        var person = await identity.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(p => p.Email == email));

        var page = await browser.OpenAsync($"/account/confirm-email?personId={person.Id}&code=Zm9yZ2Vk");

        Assert.Contains("id=\"not-confirmed\"", page.Html, StringComparison.Ordinal);
        Assert.False((await identity.PersonAsync(person.Id)).EmailConfirmed);
    }
}
