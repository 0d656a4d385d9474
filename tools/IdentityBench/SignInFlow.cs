using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace PiedmontSystem.IdentityBench;

/// <summary>What one sign-in cost: the whole flow, the password form's answer, the token request.</summary>
internal sealed record SignInTimes(double FlowMs, double SignInMs, double TokenMs, string AccessToken);

/// <summary>
/// One person signing in as the mobile app does it, through the gateway: authorization request,
/// sign-in page, password form, back to the authorization endpoint, code for tokens (PKCE).
/// A fresh cookie jar each time: every flow signs in.
/// </summary>
internal static partial class SignInFlow
{
    public const string Client = "piedmont-mobile";
    public const string Redirect = "it.piemonte.innovazione:/oauth2redirect";

    public static async Task<SignInTimes> RunAsync(Uri gateway, string email, string password)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = gateway };
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var flow = Stopwatch.StartNew();

        using var authorize = await http.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = Client, ["response_type"] = "code", ["redirect_uri"] = Redirect, ["scope"] = "openid api offline_access",
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = "bench",
        }));
        var signInPage = Expect(authorize, HttpStatusCode.Redirect).Headers.Location!;
        var returnUrl = QueryHelpers.ParseQuery(signInPage.Query)["ReturnUrl"].ToString();
        var html = await http.GetStringAsync(signInPage);
        var antiforgery = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);

        var signIn = Stopwatch.StartNew();
        using var signedIn = await http.PostAsync(signInPage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Email"] = email, ["Form.Password"] = password, ["ReturnUrl"] = returnUrl, ["__RequestVerificationToken"] = antiforgery,
        }));
        var signInMs = signIn.Elapsed.TotalMilliseconds;
        using var back = await http.GetAsync(Expect(signedIn, HttpStatusCode.Redirect).Headers.Location);
        var code = QueryHelpers.ParseQuery(new Uri(Expect(back, HttpStatusCode.Redirect).Headers.Location!.ToString()).Query)["code"].ToString();

        var token = Stopwatch.StartNew();
        using var tokens = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = Client, ["code"] = code, ["redirect_uri"] = Redirect, ["code_verifier"] = verifier,
        }));
        var body = await Expect(tokens, HttpStatusCode.OK).Content.ReadFromJsonAsync<JsonElement>();
        return new SignInTimes(flow.Elapsed.TotalMilliseconds, signInMs, token.Elapsed.TotalMilliseconds, body.GetProperty("access_token").GetString()!);
    }

    private static HttpResponseMessage Expect(HttpResponseMessage response, HttpStatusCode status) =>
        response.StatusCode == status ? response
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode}");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
