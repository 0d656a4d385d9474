using Microsoft.AspNetCore.Identity;

namespace PiedmontSystem.Identity.Domain.Passwords;

/// <summary>
/// ASP.NET Core Identity's password check for sign-up, reset and change: <see cref="PasswordRules"/>.
/// It replaces Identity's own validator (composition rules), so the rules are stated once. Each
/// error's code and description are the <see cref="Pages.PageText"/> key the pages translate.
/// </summary>
public sealed class PlatformPasswordValidator : IPasswordValidator<Person>
{
    public Task<IdentityResult> ValidateAsync(UserManager<Person> manager, Person user, string? password)
    {
        var errors = PasswordRules.Check(password ?? "", user.Email, user.DisplayName);
        return Task.FromResult(errors.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. errors.Select(key => new IdentityError { Code = key, Description = key })]));
    }
}
