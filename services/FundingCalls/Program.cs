using PiedmontSystem.FundingCalls.Apis;
using PiedmontSystem.FundingCalls.Extensions;
using PiedmontSystem.FundingCalls.Infrastructure;
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
app.MapCallsApi();
app.MapProposalsApi();
app.MapEvaluatorsApi();
app.MapEvaluationApi();
app.MapAssignmentsApi();
app.MapScoresApi();
app.MapAwardsApi();
app.MapApplicantsApi();
app.MapAuditApi<FundingDbContext>("/api/funding");
app.MapOutboxApi<FundingDbContext>("/api/funding");
app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
