using PiedmontSystem.Internationalisation.Apis;
using PiedmontSystem.Internationalisation.Apis.Collaborations;
using PiedmontSystem.Internationalisation.Apis.Liaison;
using PiedmontSystem.Internationalisation.Apis.Events;
using PiedmontSystem.Internationalisation.Apis.Partnering;
using PiedmontSystem.Internationalisation.Extensions;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapClientsApi();
app.MapCollaborationsApi();
app.MapLiaisonApis();
app.MapInternationalEventsApis();
app.MapPartneringApis();
app.MapIndicatorsApi();
app.MapAuditApi<InternationalisationDbContext>("/api/internationalisation");
app.MapOutboxApi<InternationalisationDbContext>("/api/internationalisation");
app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
