using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>
/// The link of the reset e-mail: a new password, checked by the same rules as at sign-up. The link
/// works once (a new password changes the security stamp every token carries).
/// </summary>
public sealed class ResetPasswordModel(UserManager<Person> people) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordForm Form { get; set; } = new();

    /// <summary>The link is unknown, spent or expired.</summary>
    public bool InvalidLink { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync()
    {
        var (person, token) = await FindAsync();
        InvalidLink = person is null || token is null
            || !await people.VerifyUserTokenAsync(person, people.Options.Tokens.PasswordResetTokenProvider, UserManager<Person>.ResetPasswordTokenPurpose, token);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (person, token) = await FindAsync();
        if (person is null || token is null)
        {
            InvalidLink = true;
            return Page();
        }
        Form.Check(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var reset = await people.ResetPasswordAsync(person, token, Form.Password);
        if (reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            InvalidLink = true;
            return Page();
        }
        if (!reset.Succeeded)
        {
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError("Form.Password", error.Description);
            }
            return Page();
        }
        // The lockout keeps a guesser from trying passwords; whoever holds this link proved they own
        // the mailbox and chose a new password no guesser knows, so they need not wait it out.
        await people.SetLockoutEndDateAsync(person, null);
        await people.ResetAccessFailedCountAsync(person);
        Done = true;
        return Page();
    }

    private async Task<(Person? Person, string? Token)> FindAsync() =>
        (PersonId is { } id ? await people.FindByIdAsync(id.ToString()) : null, AccountLinks.Decode(Code));
}
