using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ClusterRegistry.Extensions;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapReferenceDataApi();
app.MapClustersApi();
app.MapOrganisationsApi();
app.MapMembershipsApi();
app.MapRegisterApi();
app.MapIndicatorsApi();
app.MapAuditApi<RegistryDbContext>("/api/registry");
app.MapOutboxApi<RegistryDbContext>("/api/registry");
app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
