using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.Web.Extensions;
using PiedmontSystem.Web.Infrastructure;
using PiedmontSystem.Web.Opportunities;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPortal();

var app = builder.Build();
app.UseServiceDefaults(edge: portal => portal.UsePortalEdge());
app.MapDefaultEndpoints();
app.MapOutboxApi<PortalDbContext>("/api/opportunities");
app.MapOpportunitiesApi();
app.MapPortal();
app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
