using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>E-mail and password; five failures lock the account for 15 minutes; then the second factor if the person set one.</summary>
public sealed class SignInModel(SignInManager<Person> signIn, PageText text) : PageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Form.Email.Trim(), Form.Password, Form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { ReturnUrl = SafeReturnUrl, Form.RememberMe });
        }
        Failure = result.IsLockedOut ? text["signin.locked"]
            : result.IsNotAllowed ? text["signin.unconfirmed"]
            : text["signin.failed"];
        return Page();
    }

    /// <summary>Only a path of this site: never an open redirect.</summary>
    public string SafeReturnUrl => ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/account/signed-in";

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "field.required"), EmailAddress(ErrorMessage = "field.email"), MaxLength(320)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "field.required"), MaxLength(256), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
