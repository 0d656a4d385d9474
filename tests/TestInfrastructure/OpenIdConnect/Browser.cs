using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>
/// What a browser and an OpenID Connect client do, step by step over HTTP: keeps cookies, follows
/// no redirect on its own (each test sees every hop), reads a form's anti-forgery token the way
/// the browser would send it back.
/// </summary>
public sealed partial class Browser(Uri issuer) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = issuer,
    };

    public HttpClient Http => _http;

    public async Task<HttpResponseMessage> GetAsync(string url) => await _http.GetAsync(url);

    /// <summary>GETs a page and returns it with its anti-forgery token (fails if the page has no form token).</summary>
    public async Task<Page> OpenAsync(string url)
    {
        using var response = await _http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}\n{html}");
        return new Page(url, html);
    }

    /// <summary>POSTs a form as the browser would: the fields given, plus the page's anti-forgery token unless told not to.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(Page page, IDictionary<string, string> fields, bool withAntiforgeryToken = true, string? action = null)
    {
        var form = new Dictionary<string, string>(fields);
        if (withAntiforgeryToken)
        {
            form["__RequestVerificationToken"] = page.AntiforgeryToken ?? throw new InvalidOperationException($"{page.Url} has no anti-forgery token");
        }
        return await _http.PostAsync(action ?? page.Url, new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in on the sign-in page; returns the answer to the form (a redirect on success).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string? returnUrl = null)
    {
        var page = await OpenAsync("/account/signin" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)));
        var fields = new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }
        return await SubmitAsync(page, fields);
    }

    /// <summary>
    /// Authorization code + PKCE, as a client drives it: asks /connect/authorize, signs in when sent
    /// to the sign-in page, and returns the code sent to the redirect URI (with the state checked).
    /// </summary>
    public async Task<AuthorizationResult> AuthorizeAsync(string clientId, string redirectUri, string scope, TestPerson? person = null)
    {
        var pkce = Pkce.Create();
        var state = Guid.NewGuid().ToString("N");
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["response_type"] = "code", ["redirect_uri"] = redirectUri, ["scope"] = scope,
            ["code_challenge"] = pkce.Challenge, ["code_challenge_method"] = "S256", ["state"] = state,
        });
        using var first = await _http.GetAsync(authorize);
        var location = first.Headers.Location;
        if (first.StatusCode == HttpStatusCode.Redirect && location is not null && location.AbsolutePath.EndsWith("/account/signin", StringComparison.Ordinal))
        {
            Assert.NotNull(person);
            var returnUrl = QueryHelpers.ParseQuery(location.Query)["ReturnUrl"].ToString();
            using var signedIn = await SignInAsync(person.Email, person.Password, returnUrl);
            Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)signedIn.StatusCode}: {await signedIn.Content.ReadAsStringAsync()}");
            using var again = await _http.GetAsync(signedIn.Headers.Location);
            location = again.Headers.Location;
            Assert.True(again.StatusCode == HttpStatusCode.Redirect, $"authorize after sign-in answered {(int)again.StatusCode}: {await again.Content.ReadAsStringAsync()}");
        }
        Assert.NotNull(location);
        Assert.StartsWith(redirectUri, location.ToString(), StringComparison.Ordinal);
        var answer = QueryHelpers.ParseQuery(new Uri(location.ToString()).Query);
        Assert.Equal(state, answer["state"].ToString());
        return new AuthorizationResult(answer.GetValueOrDefault("code").ToString(), pkce.Verifier, answer.GetValueOrDefault("error").ToString());
    }

    /// <summary>POSTs to the token endpoint; the JSON answer and its status.</summary>
    public async Task<TokenAnswer> TokenAsync(IDictionary<string, string> form)
    {
        using var response = await _http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new TokenAnswer(response.StatusCode, json);
    }

    public Task<TokenAnswer> ExchangeCodeAsync(string clientId, string redirectUri, AuthorizationResult code, string? clientSecret = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = clientId, ["code"] = code.Code, ["redirect_uri"] = redirectUri, ["code_verifier"] = code.Verifier,
        };
        if (clientSecret is not null)
        {
            form["client_secret"] = clientSecret;
        }
        return TokenAsync(form);
    }

    public Task<TokenAnswer> RefreshAsync(string clientId, string refreshToken, string? clientSecret = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["client_id"] = clientId, ["refresh_token"] = refreshToken };
        if (clientSecret is not null)
        {
            form["client_secret"] = clientSecret;
        }
        return TokenAsync(form);
    }

    public async Task<HttpStatusCode> RevokeAsync(string clientId, string token, string? clientSecret = null)
    {
        var form = new Dictionary<string, string> { ["client_id"] = clientId, ["token"] = token };
        if (clientSecret is not null)
        {
            form["client_secret"] = clientSecret;
        }
        using var response = await _http.PostAsync("/connect/revoke", new FormUrlEncodedContent(form));
        return response.StatusCode;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A page as served: its address, HTML and the anti-forgery token of its form.</summary>
    public sealed partial record Page(string Url, string Html)
    {
        public string? AntiforgeryToken => AntiforgeryField().Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

        /// <summary>Every form's action on the page (empty for "this page").</summary>
        public IReadOnlyList<string> FormActions =>
            FormTag().Matches(Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex AntiforgeryField();

        [GeneratedRegex("<form[^>]*?(?:action=\"([^\"]*)\")?[^>]*>")]
        private static partial Regex FormTag();
    }
}

/// <summary>A person who can sign in: their id (the tokens' subject), e-mail and password.</summary>
public sealed record TestPerson(Guid Id, string Email, string Password);

public sealed record AuthorizationResult(string Code, string Verifier, string Error);

public sealed record TokenAnswer(HttpStatusCode Status, JsonElement Json)
{
    public string AccessToken => Json.GetProperty("access_token").GetString()!;
    public string RefreshToken => Json.GetProperty("refresh_token").GetString()!;
    public string? Error => Json.TryGetProperty("error", out var e) ? e.GetString() : null;
}

/// <summary>Proof key for code exchange (RFC 7636), S256.</summary>
public sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce Create()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
