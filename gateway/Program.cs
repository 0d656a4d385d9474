using PiedmontSystem.Gateway.Edge;
using PiedmontSystem.Gateway.Health;
using PiedmontSystem.Gateway.Proxy;
using PiedmontSystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEdgePolicies();
builder.AddServiceRoutes();

var app = builder.Build();
app.UseEdgePolicies();
app.MapDefaultEndpoints();
app.MapServicesHealth();
app.MapApiReference();
app.MapReverseProxy();
app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
