using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.Internationalisation.Apis;

/// <summary>What the internationalisation service's handlers depend on, bound as one <c>[AsParameters]</c> record.</summary>
public sealed record InternationalisationServices(InternationalisationDbContext Db, TimeProvider Clock, HttpContext HttpContext)
    : ServiceRequest<InternationalisationDbContext>(Db, Clock, HttpContext);
