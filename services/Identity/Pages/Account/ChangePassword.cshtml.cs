using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>A signed-in person's new password: the current one first, the new one by the sign-up rules.</summary>
[Authorize(Policy = Extensions.Extensions.SignedInPerson)]
public sealed class ChangePasswordModel(UserManager<Person> people, SignInManager<Person> signIn) : PageModel
{
    [BindProperty]
    public ChangeForm Form { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await people.GetUserAsync(User) is not { } person)
        {
            return Challenge();
        }
        Form.New.Check(ModelState, "Form.New");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var changed = await people.ChangePasswordAsync(person, Form.CurrentPassword, Form.New.Password);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                {
                    ModelState.AddModelError("Form.CurrentPassword", "changepassword.wrongcurrent");
                }
                else
                {
                    ModelState.AddModelError("Form.New.Password", error.Description);
                }
            }
            return Page();
        }
        // The security stamp changed (other sessions end at their next check); this one goes on.
        await signIn.RefreshSignInAsync(person);
        Done = true;
        ModelState.Clear();
        Form = new ChangeForm();
        return Page();
    }

    public sealed class ChangeForm
    {
        [Required(ErrorMessage = "field.required"), DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        public NewPasswordForm New { get; set; } = new();
    }
}
