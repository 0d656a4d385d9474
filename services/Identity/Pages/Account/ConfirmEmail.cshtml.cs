using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>The link of the confirmation e-mail: the address is the person's, and they may sign in.</summary>
public sealed class ConfirmEmailModel(UserManager<Person> people) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Confirmed { get; private set; }

    public async Task OnGetAsync()
    {
        var token = AccountLinks.Decode(Code);
        if (PersonId is { } id && token is not null && await people.FindByIdAsync(id.ToString()) is { } person)
        {
            Confirmed = (await people.ConfirmEmailAsync(person, token)).Succeeded;
        }
    }
}
