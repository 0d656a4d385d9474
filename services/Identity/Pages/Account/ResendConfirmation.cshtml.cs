using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure.Mail;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>A new confirmation link, for an address not yet confirmed; the same answer for any address.</summary>
public sealed class ResendConfirmationModel(UserManager<Person> people, AccountMail mail) : PageModel
{
    [BindProperty]
    public EmailForm Form { get; set; } = new();

    public void OnGet([FromQuery] string? email) => Form.Email = email ?? "";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await people.FindByEmailAsync(Form.Email.Trim()) is { EmailConfirmed: false } person)
        {
            await mail.SendConfirmationAsync(person, await AccountLinks.ConfirmEmailAsync(people, Url, person), cancellationToken);
        }
        return RedirectToPage("CheckMailbox", new { about = CheckMailboxModel.Confirmation });
    }

    public sealed class EmailForm
    {
        [Required(ErrorMessage = "field.required"), EmailAddress(ErrorMessage = "field.email"), MaxLength(320, ErrorMessage = "field.email")]
        public string Email { get; set; } = "";
    }
}
