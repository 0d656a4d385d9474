using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure.Mail;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>
/// A new account, unconfirmed until the person follows the link we e-mail. An address that already
/// has an account gets the same answer here (and an e-mail saying so): the page tells no one who
/// is registered.
/// </summary>
public sealed class SignUpModel(UserManager<Person> people, AccountMail mail, TimeProvider clock, PageText text) : PageModel
{
    [BindProperty]
    public SignUpForm Form { get; set; } = new();

    public void OnGet() => Form.PreferredLanguage = text.Language;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Form.PreferredLanguage is null || !PageLanguage.Supported.Contains(Form.PreferredLanguage))
        {
            ModelState.AddModelError("Form.PreferredLanguage", "field.required");
        }
        if (Form.Password != Form.PasswordAgain)
        {
            ModelState.AddModelError("Form.PasswordAgain", "password.mismatch");
        }
        // Empty fields arrive as null (their errors are already in the model state).
        var email = Form.Email?.Trim() ?? "";
        var person = new Person
        {
            UserName = email, Email = email, DisplayName = Form.DisplayName?.Trim() ?? "", PreferredLanguage = Form.PreferredLanguage ?? "it", CreatedAt = clock.GetUtcNow(),
        };
        // The password's rules first, whether or not the address is taken: the answer must not tell.
        foreach (var validator in string.IsNullOrEmpty(Form.Password) ? [] : people.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(people, person, Form.Password);
            foreach (var error in checkedPassword.Errors)
            {
                ModelState.AddModelError("Form.Password", error.Description);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await people.FindByEmailAsync(email) is { } existing)
        {
            // About the work a new account costs (hashing the password), then the same answer.
            _ = people.PasswordHasher.HashPassword(person, Form.Password);
            await mail.SendAlreadyRegisteredAsync(existing, AccountLinks.Page(Url, "/Account/SignIn"), AccountLinks.Page(Url, "/Account/ForgotPassword"), cancellationToken);
            return MailSent();
        }
        var created = await people.CreateAsync(person, Form.Password);
        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            // Signed up a moment ago by another request: the same answer as above.
            return MailSent();
        }
        if (!created.Succeeded)
        {
            // What is left is an address Identity will not take as a user name.
            ModelState.AddModelError("Form.Email", "field.email");
            return Page();
        }
        await mail.SendConfirmationAsync(person, await AccountLinks.ConfirmEmailAsync(people, Url, person), cancellationToken);
        return MailSent();
    }

    private RedirectToPageResult MailSent() => RedirectToPage("CheckMailbox", new { about = CheckMailboxModel.SignUp });

    public sealed class SignUpForm
    {
        [Required(ErrorMessage = "field.required"), EmailAddress(ErrorMessage = "field.email"), MaxLength(256, ErrorMessage = "field.email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "field.required"), MaxLength(200, ErrorMessage = "field.toolong")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "field.required"), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "field.required"), DataType(DataType.Password)]
        public string PasswordAgain { get; set; } = "";

        public string PreferredLanguage { get; set; } = "it";
    }
}
