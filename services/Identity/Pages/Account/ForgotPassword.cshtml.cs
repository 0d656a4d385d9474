using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure.Mail;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>
/// A link to choose a new password, e-mailed to the address if it has an account; the same answer
/// for any address. An address not yet confirmed gets the confirmation link instead: it needs that
/// first, and a reset link would let it sign in without ever confirming.
/// </summary>
public sealed class ForgotPasswordModel(UserManager<Person> people, AccountMail mail) : PageModel
{
    [BindProperty]
    public ResendConfirmationModel.EmailForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await people.FindByEmailAsync(Form.Email.Trim()) is { } person)
        {
            if (person.EmailConfirmed)
            {
                await mail.SendPasswordResetAsync(person, await AccountLinks.ResetPasswordAsync(people, Url, person), cancellationToken);
            }
            else
            {
                await mail.SendConfirmationAsync(person, await AccountLinks.ConfirmEmailAsync(people, Url, person), cancellationToken);
            }
        }
        return RedirectToPage("CheckMailbox", new { about = CheckMailboxModel.PasswordReset });
    }
}
