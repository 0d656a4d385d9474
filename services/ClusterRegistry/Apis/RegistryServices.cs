using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>What the registry's handlers depend on, bound as one <c>[AsParameters]</c> record.</summary>
public sealed record RegistryServices(RegistryDbContext Db, TimeProvider Clock, HttpContext HttpContext)
    : ServiceRequest<RegistryDbContext>(Db, Clock, HttpContext);
