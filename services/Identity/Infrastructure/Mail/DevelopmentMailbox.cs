using Microsoft.EntityFrameworkCore;

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

/// <summary>What the development mailbox page and its JSON endpoint read.</summary>
public static class DevelopmentMailQuery
{
    /// <summary>The most either shows at once.</summary>
    public const int Shown = 50;

    /// <summary>The development mailbox, newest first, for one address when given (as it was written).</summary>
    public static IQueryable<DevelopmentMail> NewestFirst(IdentityServiceDbContext db, string? to)
    {
        var mails = db.DevelopmentMail.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(to))
        {
            var address = to.Trim();
            mails = mails.Where(m => m.To == address);
        }
        return mails.OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Take(Shown);
    }
}
