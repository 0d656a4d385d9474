using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>The second step with one of the recovery codes instead of the authenticator: each works once.</summary>
public sealed class RecoveryCodeModel(SignInManager<Person> signIn, PageText text) : PageModel
{
    [BindProperty]
    public RecoveryForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Form.Code.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }
        Failure = result.IsLockedOut ? text["signin.locked"] : text["recovery.failed"];
        return Page();
    }

    public string SafeReturnUrl => AccountLinks.SafeReturnUrl(Url, ReturnUrl);

    private RedirectToPageResult BackToSignIn() => RedirectToPage("SignIn", new { ReturnUrl = SafeReturnUrl });

    public sealed class RecoveryForm
    {
        [Required(ErrorMessage = "field.required"), MaxLength(40, ErrorMessage = "recovery.failed")]
        public string Code { get; set; } = "";
    }
}
