using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>A new password typed twice (reset and change); its rules are the password validator's.</summary>
public sealed class NewPasswordForm
{
    [Required(ErrorMessage = "field.required"), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "field.required"), DataType(DataType.Password)]
    public string PasswordAgain { get; set; } = "";

    /// <summary>The two must match.</summary>
    public void Check(ModelStateDictionary state, string prefix)
    {
        if (Password != PasswordAgain)
        {
            state.AddModelError(prefix + "." + nameof(PasswordAgain), "password.mismatch");
        }
    }
}
