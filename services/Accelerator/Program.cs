using PiedmontSystem.Accelerator.Apis;
using PiedmontSystem.Accelerator.Apis.Matchmaking;
using PiedmontSystem.Accelerator.Extensions;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapProgrammesApi();
app.MapIntakesApi();
app.MapApplicationsApi();
app.MapReviewersApi();
app.MapSelectionApi();
app.MapCohortApi();
app.MapAlumniReportsApi();
app.MapIndicatorsApi();
app.MapCandidatesApi();
app.MapMatchmakingApis();
app.MapAuditApi<AcceleratorDbContext>("/api/accelerator");
app.MapOutboxApi<AcceleratorDbContext>("/api/accelerator");
app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
