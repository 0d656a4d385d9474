using Microsoft.AspNetCore.Http;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>
/// A middleware that runs each request's work as one unit, registered by the library that knows
/// how (Persistence: a request retried whole on a transient database failure).
/// <see cref="Extensions.UseServiceDefaults"/> places it inside the exception handler and after
/// authorization, so only the endpoint itself is run again; processes without one (the gateway)
/// skip it.
/// </summary>
public interface IRequestUnitOfWork : IMiddleware;
