using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.Identity.Apis;

/// <summary>What the identity service's handlers depend on, bound as one <c>[AsParameters]</c> record.</summary>
public sealed record IdentityServices(IdentityServiceDbContext Db, TimeProvider Clock, HttpContext HttpContext)
    : ServiceRequest<IdentityServiceDbContext>(Db, Clock, HttpContext)
{
    /// <summary>The caller as a person of this service: their token's subject read as a person id.</summary>
    public Guid? PersonId => Guid.TryParse(User.Subject, out var id) ? id : null;
}
