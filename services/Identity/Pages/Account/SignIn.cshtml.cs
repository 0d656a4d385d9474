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

    /// <summary>The address is right but not confirmed yet: the page offers to send the confirmation again.</summary>
    public bool Unconfirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Form.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Form.Password, Form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { ReturnUrl = SafeReturnUrl, Form.RememberMe });
        }
        var lockedOut = result.IsLockedOut;
        if (result.IsNotAllowed && await signIn.UserManager.FindByEmailAsync(email) is { } person)
        {
            // Identity refuses an unconfirmed address before it looks at the password; saying
            // "unconfirmed" then would tell anyone that the address has an account. So only the
            // right password hears it, and a wrong one counts towards the lockout as usual.
            var people = signIn.UserManager;
            lockedOut = await people.IsLockedOutAsync(person);
            if (!lockedOut && await people.CheckPasswordAsync(person, Form.Password))
            {
                Unconfirmed = true;
                Failure = text["signin.unconfirmed"];
                return Page();
            }
            if (!lockedOut)
            {
                await people.AccessFailedAsync(person);
                lockedOut = await people.IsLockedOutAsync(person);
            }
        }
        Failure = lockedOut ? text["signin.locked"] : text["signin.failed"];
        return Page();
    }

    public string SafeReturnUrl => AccountLinks.SafeReturnUrl(Url, ReturnUrl);

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "field.required"), EmailAddress(ErrorMessage = "field.email"), MaxLength(320)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "field.required"), MaxLength(256), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
