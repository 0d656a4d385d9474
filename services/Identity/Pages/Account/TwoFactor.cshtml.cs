using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>
/// The second step of signing in for a person with an authenticator: its six-digit code. Wrong codes
/// count towards the same lockout as wrong passwords.
/// </summary>
public sealed class TwoFactorModel(SignInManager<Person> signIn, PageText text) : PageModel
{
    [BindProperty]
    public CodeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public string? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? BackToSignIn() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return BackToSignIn();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = Form.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Form.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }
        Failure = result.IsLockedOut ? text["signin.locked"] : text["twofactor.failed"];
        return Page();
    }

    public string SafeReturnUrl => AccountLinks.SafeReturnUrl(Url, ReturnUrl);

    /// <summary>No password step behind this request (or it expired): start again.</summary>
    private RedirectToPageResult BackToSignIn() => RedirectToPage("SignIn", new { ReturnUrl = SafeReturnUrl });

    public sealed class CodeForm
    {
        [Required(ErrorMessage = "field.required"), RegularExpression("^[0-9 -]{6,9}$", ErrorMessage = "twofactor.format")]
        public string Code { get; set; } = "";

        public bool RememberMachine { get; set; }
    }
}
