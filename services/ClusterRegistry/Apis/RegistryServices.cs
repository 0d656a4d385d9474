using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>What the registry's handlers depend on, bound as one <c>[AsParameters]</c> record.</summary>
public sealed record RegistryServices(RegistryDbContext Db, TimeProvider Clock, HttpContext HttpContext)
{
    public CancellationToken Cancellation => HttpContext.RequestAborted;

    public CurrentUser User { get; } = CurrentUser.From(HttpContext.User);

    public DateTimeOffset Now => Clock.GetUtcNow();

    public Language Language => HttpContext.RequestedLanguage();

    public string? CorrelationId => HttpContext.GetCorrelationId();
}
