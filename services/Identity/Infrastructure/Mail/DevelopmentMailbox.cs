namespace PiedmontSystem.Identity.Infrastructure.Mail;

/// <summary>Development: e-mails land in the database, shown at <c>/account/development-mailbox</c>.</summary>
internal sealed class DevelopmentMailbox(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DevelopmentMailbox> logger) : IPlatformMail
{
    public async Task SendAsync(string recipient, string subject, string text, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        db.DevelopmentMail.Add(new DevelopmentMail { To = recipient, Subject = subject, Text = text, SentAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Development mailbox: \"{Subject}\" for {To}", subject, recipient);
    }
}
