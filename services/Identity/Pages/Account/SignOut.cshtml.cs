using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>
/// Sign-out is a POST (with its anti-forgery token): a link elsewhere cannot sign anyone out. It
/// authenticates with the sign-in cookie, as the page that rendered the form did: the token is
/// bound to that person and would not validate for an anonymous request.
/// </summary>
[Authorize(Policy = Extensions.Extensions.SignedInPerson)]
public sealed class SignOutModel(SignInManager<Person> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("SignedIn");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("SignedOut");
    }
}
