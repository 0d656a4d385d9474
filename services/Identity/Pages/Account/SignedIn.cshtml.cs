using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>The account at a glance (<c>/account</c>): who, which roles, the second factor, where to change things.</summary>
[Authorize(Policy = Extensions.Extensions.SignedInPerson)]
public sealed class SignedInModel(UserManager<Person> people, IdentityServiceDbContext db) : PageModel
{
    public Person Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Guid.TryParse(people.GetUserId(User), out var id)
            || await db.Users.AsNoTracking().Include(p => p.StaffRoles).SingleOrDefaultAsync(p => p.Id == id) is not { } person)
        {
            return Challenge();
        }
        Person = person;
        return Page();
    }
}
