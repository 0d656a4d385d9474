using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>
/// The links the account e-mails carry, absolute on the address the page was asked on (the
/// gateway's public one, through the forwarded headers), and where a page may send a person back.
/// </summary>
internal static class AccountLinks
{
    public const string SignedInHome = "/account/signed-in";

    public static async Task<string> ConfirmEmailAsync(UserManager<Person> people, IUrlHelper url, Person person)
    {
        var token = await people.GenerateEmailConfirmationTokenAsync(person);
        return url.PageLink("/Account/ConfirmEmail", values: new { personId = person.Id, code = Encode(token) })!;
    }

    public static async Task<string> ResetPasswordAsync(UserManager<Person> people, IUrlHelper url, Person person)
    {
        var token = await people.GeneratePasswordResetTokenAsync(person);
        return url.PageLink("/Account/ResetPassword", values: new { personId = person.Id, code = Encode(token) })!;
    }

    public static string Page(IUrlHelper url, string page) => url.PageLink(page)!;

    /// <summary>Tokens travel base64url-encoded: nothing in them for a mail program to break.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Only a path of this site: never an open redirect.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        returnUrl is { } local && url.IsLocalUrl(local) ? local : SignedInHome;
}
