namespace PiedmontSystem.Identity.Infrastructure.Mail;

/// <summary>
/// Sends the identity service's e-mails (confirmation, password reset, invitations): through SMTP
/// when <c>Identity:Smtp:Host</c> is set; in Development without it, into the development mailbox.
/// </summary>
public interface IPlatformMail
{
    Task SendAsync(string recipient, string subject, string text, CancellationToken cancellationToken);
}

/// <summary>An e-mail kept by the development mailbox instead of being sent.</summary>
public sealed class DevelopmentMail
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset SentAt { get; init; }
}

/// <summary>SMTP settings (section <c>Identity:Smtp</c>); the password comes from the environment, never from a committed file.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Identity:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Piemonte Innovazione <no-reply@piemonte-innovazione.example>";

    /// <summary>STARTTLS (or TLS on 465) unless turned off for a local relay.</summary>
    public bool UseTls { get; set; } = true;
}
