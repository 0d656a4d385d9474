using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>What the accelerator's handlers depend on, bound as one <c>[AsParameters]</c> record.</summary>
public sealed record AcceleratorServices(AcceleratorDbContext Db, TimeProvider Clock, HttpContext HttpContext)
    : ServiceRequest<AcceleratorDbContext>(Db, Clock, HttpContext);
