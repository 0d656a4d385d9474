using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;
using QRCoder;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>
/// The second factor (TOTP): the shared key as text and as a QR code for an authenticator app; a
/// code from the app turns it on and shows ten recovery codes once; a button turns it off.
/// </summary>
[Authorize(Policy = Extensions.Extensions.SignedInPerson)]
public sealed class AuthenticatorModel(UserManager<Person> people, SignInManager<Person> signIn) : PageModel
{
    public const string Issuer = "Piemonte Innovazione";
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public EnableForm Form { get; set; } = new();

    public bool Enabled { get; private set; }

    /// <summary>The shared key in groups of four, as people type it into an app.</summary>
    public string SharedKey { get; private set; } = "";

    /// <summary>The otpauth URI as a QR code, a PNG data URI (the page's policy allows data: images, no script).</summary>
    public string QrCode { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown once, right after they are made; only their hashes are kept.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await people.GetUserAsync(User) is not { } person)
        {
            return Challenge();
        }
        await LoadAsync(person);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await people.GetUserAsync(User) is not { } person)
        {
            return Challenge();
        }
        if (ModelState.IsValid)
        {
            var code = Form.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (await people.VerifyTwoFactorTokenAsync(person, people.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await people.SetTwoFactorEnabledAsync(person, true);
                NewRecoveryCodes = [.. await people.GenerateNewTwoFactorRecoveryCodesAsync(person, RecoveryCodeCount) ?? []];
                // The security stamp changed: a fresh cookie, or the next stamp check signs the person out.
                await signIn.RefreshSignInAsync(person);
            }
            else
            {
                ModelState.AddModelError("Form.Code", "authenticator.wrongcode");
            }
        }
        await LoadAsync(person);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await people.GetUserAsync(User) is not { } person)
        {
            return Challenge();
        }
        if (person.TwoFactorEnabled)
        {
            NewRecoveryCodes = [.. await people.GenerateNewTwoFactorRecoveryCodesAsync(person, RecoveryCodeCount) ?? []];
        }
        await LoadAsync(person);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await people.GetUserAsync(User) is not { } person)
        {
            return Challenge();
        }
        await people.SetTwoFactorEnabledAsync(person, false);
        // A new key for next time: the app that holds the old one no longer means anything.
        await people.ResetAuthenticatorKeyAsync(person);
        await signIn.RefreshSignInAsync(person);
        return RedirectToPage();
    }

    private async Task LoadAsync(Person person)
    {
        var key = await people.GetAuthenticatorKeyAsync(person);
        if (string.IsNullOrEmpty(key))
        {
            await people.ResetAuthenticatorKeyAsync(person);
            key = await people.GetAuthenticatorKeyAsync(person) ?? throw new InvalidOperationException("No authenticator key after reset.");
        }
        Enabled = person.TwoFactorEnabled;
        SharedKey = Grouped(key);
        RecoveryCodesLeft = Enabled ? await people.CountRecoveryCodesAsync(person) : 0;
        var uri = OtpAuthUri(person.Email ?? person.Id.ToString(), key);
        QrCode = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.Q, 5, drawQuietZones: true));
    }

    /// <summary>The key URI authenticator apps read (Google's Key Uri Format), strictly percent-encoded (RFC 3986).</summary>
    public static string OtpAuthUri(string email, string key)
    {
        var issuer = Uri.EscapeDataString(Issuer);
        return $"otpauth://totp/{issuer}:{Uri.EscapeDataString(email)}?secret={key}&issuer={issuer}&digits=6";
    }

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }

    public sealed class EnableForm
    {
        [Required(ErrorMessage = "field.required"), RegularExpression("^[0-9 -]{6,9}$", ErrorMessage = "twofactor.format")]
        public string Code { get; set; } = "";
    }
}
