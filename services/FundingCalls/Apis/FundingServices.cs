using PiedmontSystem.Contracts;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.Messaging.Auditing;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>What the funding service's handlers depend on, bound as one <c>[AsParameters]</c> record.</summary>
public sealed record FundingServices(FundingDbContext Db, TimeProvider Clock, HttpContext HttpContext)
{
    public CancellationToken Cancellation => HttpContext.RequestAborted;

    public CurrentUser User { get; } = CurrentUser.From(HttpContext.User);

    /// <summary>The server's time for this request, read once: a deadline is judged against the moment the request arrived.</summary>
    public DateTimeOffset Now { get; } = Clock.GetUtcNow();

    public Language Language => HttpContext.RequestedLanguage();

    /// <summary>Who and when, as recorded changes carry it.</summary>
    public ChangeAuthor Author => new(Now, User.AuditName, HttpContext.GetCorrelationId());

    /// <summary>Every state change is announced and audited, in the handler's transaction.</summary>
    public void RecordChange<TEvent>(TEvent integrationEvent, string action, string entityType, object entityId, object? details = null)
        where TEvent : class, IIntegrationEvent =>
        Db.RecordChange(Author, integrationEvent, action, entityType, entityId, details);

    /// <summary>Audits a change that has no integration event (e.g. a draft edited).</summary>
    public void Audit(string action, string entityType, object entityId, object? details = null) =>
        Db.AddAuditEntry(Now, User.AuditName, action, entityType, entityId, details);
}
