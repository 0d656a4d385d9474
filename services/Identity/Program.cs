using PiedmontSystem.Identity.Apis.Connect;
using PiedmontSystem.Identity.Apis.Development;
using PiedmontSystem.Identity.Apis.Organisations;
using PiedmontSystem.Identity.Apis.Partners;
using PiedmontSystem.Identity.Apis.People;
using PiedmontSystem.Identity.Extensions;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.Identity.Pages;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseForwardedHeaders();
app.UsePageLanguage();
app.UseServiceDefaults(edge: edge => edge.UseAccountAssets());
app.MapDefaultEndpoints();
app.MapConnectEndpoints();
app.MapPeopleApi();
app.MapStaffRolesApi();
app.MapOrganisationInvitationsApi();
app.MapOrganisationPeopleApi();
app.MapPartnersApi();
app.MapAccountPages();
app.MapDevelopmentMailboxApi();
app.MapAuditApi<IdentityServiceDbContext>("/api/identity");
app.MapOutboxApi<IdentityServiceDbContext>("/api/identity");
app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
