using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Contracts;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.RequestHandling;

/// <summary>
/// What a service's handlers depend on, bound as one <c>[AsParameters]</c> record: its database,
/// the caller, the request's time and language, and how a change is recorded. Each service
/// derives its own, named for it (e.g. <c>RegistryServices</c>).
/// </summary>
public abstract record ServiceRequest<TContext>(TContext Db, TimeProvider Clock, HttpContext HttpContext)
    where TContext : DbContext
{
    public CancellationToken Cancellation => HttpContext.RequestAborted;

    public CurrentUser User { get; } = CurrentUser.From(HttpContext.User);

    /// <summary>
    /// The request's time, read once: every rule of the request (a deadline above all) judges the
    /// same instant. It is the instant the gateway received the request when its signed stamp
    /// verifies (<see cref="ReceiptStamp"/>), otherwise this service's clock.
    /// </summary>
    public DateTimeOffset Now { get; } = ReceivedAt(Clock, HttpContext);

    public Language Language => HttpContext.RequestedLanguage();

    public string? CorrelationId => HttpContext.GetCorrelationId();

    /// <summary>Who and when, as recorded changes carry it.</summary>
    public ChangeAuthor Author => new(Now, User.AuditName, CorrelationId);

    /// <summary>Every state change is announced and audited, in the handler's transaction.</summary>
    public void RecordChange<TEvent>(TEvent integrationEvent, string action, string entityType, object entityId, object? details = null)
        where TEvent : class, IIntegrationEvent =>
        Db.RecordChange(Author, integrationEvent, action, entityType, entityId, details);

    /// <summary>Audits a change that has no integration event (e.g. a draft edited).</summary>
    public void Audit(string action, string entityType, object entityId, object? details = null) =>
        Db.AddAuditEntry(Now, User.AuditName, action, entityType, entityId, details);

    private static DateTimeOffset ReceivedAt(TimeProvider clock, HttpContext context)
    {
        var now = clock.GetUtcNow();
        return context.RequestServices.GetService<ReceiptStamp>()?.ReadVerified(context.Request, now) ?? now;
    }
}
