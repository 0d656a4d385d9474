using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using PiedmontSystem.Identity.Pages;

namespace PiedmontSystem.Identity.Tests.Account;

/// <summary>What a person does on the account pages, step by step, and how the tests read the answers.</summary>
internal static partial class AccountSteps
{
    public static string NewEmail() => $"person-{Guid.NewGuid():N}@example.org";

    /// <summary>A password every rule accepts, different each time.</summary>
    public static string GoodPassword() => "sunny meadow by the river " + Guid.NewGuid().ToString("N")[..6];

    /// <summary>A page text as the person reads it (the page's HTML is decoded before comparing).</summary>
    public static string Text(string key, string language = "it") => PageText.Get(key, language);

    public static async Task<string> BodyAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static string Body(this Browser.Page page) => WebUtility.HtmlDecode(page.Html);

    /// <summary>The text of the element that describes a field's errors (the one its input names in aria-describedby).</summary>
    public static string FieldError(string html, string id) =>
        Regex.Match(html, $"id=\"{id}\">(.*?)</span>", RegexOptions.Singleline) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";

    public static async Task<HttpResponseMessage> SignUpAsync(this Browser browser, string email, string password, string name = "Maria Rossi", string language = "it", string? again = null)
    {
        var page = await browser.OpenAsync("/account/signup");
        return await browser.SubmitAsync(page, SignUpFields(email, password, name, language, again));
    }

    public static Dictionary<string, string> SignUpFields(string email, string password, string name = "Maria Rossi", string language = "it", string? again = null) => new()
    {
        ["Form.Email"] = email, ["Form.DisplayName"] = name, ["Form.Password"] = password, ["Form.PasswordAgain"] = again ?? password,
        ["Form.PreferredLanguage"] = language,
    };

    public static async Task<HttpResponseMessage> AskForResetAsync(this Browser browser, string email)
    {
        var page = await browser.OpenAsync("/account/forgot-password");
        return await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Email"] = email });
    }

    /// <summary>The development mailbox of one address, newest first, through its JSON endpoint.</summary>
    public static async Task<IReadOnlyList<Mail>> MailsAsync(this IdentityFixture identity, string to)
    {
        using var client = identity.Client();
        var mailbox = await client.GetFromJsonAsync<Mailbox>($"/api/identity/development/mailbox?to={Uri.EscapeDataString(to)}");
        return mailbox!.Items;
    }

    /// <summary>The link of the mail that leads to <paramref name="path"/>.</summary>
    public static string LinkTo(this Mail mail, string path)
    {
        var link = WebAddress().Matches(mail.Text).Select(m => m.Value).FirstOrDefault(l => new Uri(l).AbsolutePath == path);
        Assert.True(link is not null, $"no link to {path} in:\n{mail.Text}");
        return link;
    }

    public static async Task<bool> IsSignedInAsync(this Browser browser)
    {
        using var response = await browser.GetAsync("/account/signed-in");
        return response.StatusCode == HttpStatusCode.OK;
    }

    public static async Task SignOutAsync(this Browser browser)
    {
        var overview = await browser.OpenAsync("/account/signed-in");
        using var signedOut = await browser.SubmitAsync(overview, new Dictionary<string, string>(), action: "/account/signout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
    }

    /// <summary>Signs in and turns on the authenticator as the person would; returns its key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableAuthenticatorAsync(this Browser browser, TestPerson person)
    {
        using var signedIn = await browser.SignInAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var page = await browser.OpenAsync("/account/authenticator");
        var key = SharedKey(page);
        using var enabled = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Code"] = CodeFor(key) }, action: "/account/authenticator?handler=Enable");
        var body = await enabled.BodyAsync();
        Assert.True(enabled.StatusCode == HttpStatusCode.OK, body);
        var codes = RecoveryCodes(body);
        Assert.True(codes.Count == 10, body);
        return (key, codes);
    }

    /// <summary>Password, then a recovery code instead of the authenticator; true when that signed the person in.</summary>
    public static async Task<bool> SignInWithRecoveryCodeAsync(this Browser browser, TestPerson person, string code)
    {
        using var password = await browser.SignInAsync(person.Email, person.Password);
        Assert.StartsWith("/account/two-factor?", password.Headers.Location?.ToString(), StringComparison.Ordinal);
        var page = await browser.OpenAsync("/account/recovery-code");
        using var answer = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Code"] = code });
        if (answer.StatusCode == HttpStatusCode.OK)
        {
            Assert.Contains(Text("recovery.failed"), await answer.BodyAsync(), StringComparison.Ordinal);
        }
        return answer.StatusCode == HttpStatusCode.Redirect && await browser.IsSignedInAsync();
    }

    /// <summary>The person's authenticator key as stored (what their app holds).</summary>
    public static Task<string> AuthenticatorKeyAsync(this IdentityFixture identity, Guid personId) =>
        identity.QueryAsync(db => db.UserTokens.Where(t => t.UserId == personId && t.Name == "AuthenticatorKey").Select(t => t.Value!).SingleAsync());

    /// <summary>The shared key as the page shows it, its groups joined.</summary>
    public static string SharedKey(Browser.Page page) =>
        SharedKeyElement().Match(page.Html) is { Success: true } match ? match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            : throw new InvalidOperationException("no shared key on the page:\n" + page.Html);

    /// <summary>The current authenticator code, as the person's app computes it (RFC 6238).</summary>
    public static string CodeFor(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    public static IReadOnlyList<string> RecoveryCodes(string html) =>
        RecoveryCodeList().Match(html) is { Success: true } list
            ? [.. Regex.Matches(list.Groups[1].Value, "<code>([^<]+)</code>").Select(m => m.Groups[1].Value)]
            : [];

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex WebAddress();

    [GeneratedRegex("id=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKeyElement();

    [GeneratedRegex("id=\"recovery-codes\"[^>]*>(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex RecoveryCodeList();

    public sealed record Mailbox(List<Mail> Items);

    public sealed record Mail(string To, string Subject, string Text, DateTimeOffset SentAt);
}
