using PiedmontSystem.PartnerHub.Apis;
using PiedmontSystem.PartnerHub.Apis.BrokerAccounts;
using PiedmontSystem.PartnerHub.Apis.Operations;
using PiedmontSystem.PartnerHub.Apis.Webhooks;
using PiedmontSystem.PartnerHub.Extensions;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapCatalogueApi();
app.MapWebhookSubscriptionsApi();
app.MapDeliveryLogApi();
app.MapNoticesApi();
app.MapWebhookEndpointsApi();
app.MapBrokerAccountsApi();
app.MapFailedMessagesApi();
app.MapOutboxBacklogApi();
app.MapOutboxApi<PartnerHubDbContext>("/api/partners");
app.MapAuditApi<PartnerHubDbContext>("/api/partners");
app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
