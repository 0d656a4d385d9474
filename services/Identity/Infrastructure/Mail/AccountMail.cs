using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Pages;

namespace PiedmontSystem.Identity.Infrastructure.Mail;

/// <summary>
/// The e-mails of the account pages, in the person's language (<see cref="PageText"/>), with the
/// links the page built from the address it was asked on (the gateway's, behind it).
/// </summary>
public sealed class AccountMail(IPlatformMail mail)
{
    public Task SendConfirmationAsync(Person person, string link, CancellationToken cancellationToken) =>
        SendAsync(person.Email!, person.PreferredLanguage, "mail.confirm", [person.DisplayName, link], cancellationToken);

    /// <summary>To an address that signed up again: says so instead of letting the sign-up page tell anyone.</summary>
    public Task SendAlreadyRegisteredAsync(Person person, string signInLink, string forgotPasswordLink, CancellationToken cancellationToken) =>
        SendAsync(person.Email!, person.PreferredLanguage, "mail.already", [person.DisplayName, signInLink, forgotPasswordLink], cancellationToken);

    public Task SendPasswordResetAsync(Person person, string link, CancellationToken cancellationToken) =>
        SendAsync(person.Email!, person.PreferredLanguage, "mail.reset", [person.DisplayName, link], cancellationToken);

    private Task SendAsync(string recipient, string language, string key, object[] values, CancellationToken cancellationToken) =>
        mail.SendAsync(recipient, PageText.Get(key + ".subject", language),
            string.Format(System.Globalization.CultureInfo.InvariantCulture, PageText.Get(key + ".body", language), values), cancellationToken);
}
