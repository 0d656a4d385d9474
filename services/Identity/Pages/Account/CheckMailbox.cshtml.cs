using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>"Look in your mailbox": the one answer of sign-up, resend and forgot-password, whatever the address.</summary>
public sealed class CheckMailboxModel : PageModel
{
    public const string SignUp = "signup";
    public const string Confirmation = "confirmation";
    public const string PasswordReset = "reset";

    [BindProperty(SupportsGet = true)]
    public string? About { get; set; }

    /// <summary>The text key of the message: one per reason, the sign-up's when the reason is unknown.</summary>
    public string MessageKey => About is Confirmation or PasswordReset ? "checkmailbox." + About : "checkmailbox." + SignUp;
}
