using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.PartnerHub.Apis;

/// <summary>What the partner hub's handlers depend on, bound as one <c>[AsParameters]</c> record.</summary>
public sealed record PartnerHubServices(PartnerHubDbContext Db, TimeProvider Clock, HttpContext HttpContext)
    : ServiceRequest<PartnerHubDbContext>(Db, Clock, HttpContext);
