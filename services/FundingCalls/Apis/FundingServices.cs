using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>What the funding service's handlers depend on, bound as one <c>[AsParameters]</c> record.</summary>
public sealed record FundingServices(FundingDbContext Db, TimeProvider Clock, HttpContext HttpContext)
    : ServiceRequest<FundingDbContext>(Db, Clock, HttpContext);
