using System.Globalization;
using PiedmontSystem.Identity.Pages;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Identity.Infrastructure.Mail;

/// <summary>
/// The invitation e-mail, in Italian and then English (the invitee's language is not known yet):
/// the organisation, the link that carries the token, and when it expires (Europe/Rome).
/// </summary>
public static class InvitationMail
{
    public const string Path = "/account/invitation";

    public static Uri Link(HttpRequest request, string token) =>
        new($"{request.Scheme}://{request.Host.ToUriComponent()}{Path}?token={Uri.EscapeDataString(token)}");

    public static (string Subject, string Text) Compose(Uri link, Guid organisationId, DateTimeOffset expiresAt)
    {
        var expires = RomeInstants.Show(expiresAt).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        string Text(string language) => string.Format(CultureInfo.InvariantCulture, PageText.Get("invitation.mail.text", language), organisationId, link, expires);
        return ($"{PageText.Get("invitation.mail.subject", "it")} / {PageText.Get("invitation.mail.subject", "en")}",
            $"{Text("it")}\n\n---\n\n{Text("en")}");
    }
}
