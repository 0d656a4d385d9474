using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.Identity.Infrastructure.Mail;

namespace PiedmontSystem.Identity.Apis.Development;

/// <summary>
/// <c>GET /api/identity/development/mailbox?to=</c>: the development mailbox as JSON, newest first,
/// for scripts and tests that follow a confirmation or reset link. Mapped only in Development.
/// </summary>
public static class DevelopmentMailboxApi
{
    public static WebApplication MapDevelopmentMailboxApi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }
        app.MapGet("/api/identity/development/mailbox", GetMailbox)
            .WithName("GetDevelopmentMailbox")
            .WithSummary("Development only: the e-mails the service would have sent, newest first")
            .WithTags("Development")
            // Anyone may read it: it exists only in Development, where the mails are a developer's own test data.
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    public static async Task<Ok<MailboxResponse>> GetMailbox(IdentityServiceDbContext db, string? to, CancellationToken cancellationToken)
    {
        var mails = await DevelopmentMailQuery.NewestFirst(db, to)
            .Select(m => new MailResponse(m.To, m.Subject, m.Text, m.SentAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new MailboxResponse(mails));
    }
}

public sealed record MailboxResponse(IReadOnlyList<MailResponse> Items);

public sealed record MailResponse(string To, string Subject, string Text, DateTimeOffset SentAt);
