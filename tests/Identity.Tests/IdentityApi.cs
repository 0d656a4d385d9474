using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Apis.People;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Tests;

/// <summary>The identity service's API as the tests drive it, with development tokens; each call makes its own data.</summary>
public sealed class IdentityApi(IdentityFixture identity)
{
    public IdentityFixture Identity => identity;

    public HttpClient Anonymous() => identity.Client();

    public HttpClient As(string role, Guid? organisationId = null, string? clusterCode = null, string? subject = null) =>
        identity.Client().WithToken(role, organisationId, clusterCode, subject);

    /// <summary>A regional officer; by default one who is no person of this service.</summary>
    public HttpClient Officer(string? subject = null) => As(Roles.RegionalOfficer, subject: subject ?? "officer-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>A person's token acting for their organisation, as the identity service would issue it.</summary>
    public HttpClient PersonActingFor(TestPerson person, Guid organisationId) => As(Roles.OrganisationUser, organisationId, subject: person.Id.ToString());

    /// <summary>A person who administers a new organisation, and the organisation.</summary>
    public async Task<(TestPerson Administrator, Guid OrganisationId)> OrganisationWithAdministratorAsync()
    {
        var organisation = Guid.NewGuid();
        var administrator = await identity.CreatePersonAsync(shape: p =>
        {
            p.OrganisationId = organisation;
            p.IsOrganisationAdministrator = true;
        });
        return (administrator, organisation);
    }

    public Task<TestPerson> ColleagueAsync(Guid organisationId, bool administrator = false) =>
        identity.CreatePersonAsync(shape: p =>
        {
            p.OrganisationId = organisationId;
            p.IsOrganisationAdministrator = administrator;
        });

    public async Task<PersonResponse> GrantAsync(Guid personId, string role, string? clusterCode = null, HttpClient? officer = null)
    {
        var response = await (officer ?? Officer()).PostAsJsonAsync($"/api/identity/people/{personId}/staff-roles", new { role, clusterCode });
        return await response.ReadOkAsync<PersonResponse>(HttpStatusCode.Created);
    }

    /// <summary>Outbox rows and audit entries, counted: what a refused request must leave as it was.</summary>
    public Task<(int Events, int Audit)> ChangeCountsAsync() => identity.Service.ChangeCountsAsync<IdentityServiceDbContext, IdentityServiceDbContext>();

    /// <summary>Message types (e.g. <c>staff-role-granted</c>) of the outbox rows mentioning <paramref name="text"/>, oldest first.</summary>
    public Task<List<string>> EventsMentioningAsync(string text) => identity.Service.EventsMentioningAsync<IdentityServiceDbContext, IdentityServiceDbContext>(text);

    public Task<List<OutboxMessage>> OutboxMentioningAsync(string text) => identity.Service.OutboxMentioningAsync<IdentityServiceDbContext, IdentityServiceDbContext>(text);

    public Task<List<AuditEntry>> AuditOfAsync(string entityType, object entityId) =>
        identity.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId.ToString()).OrderBy(a => a.OccurredAt).ToListAsync());

    public Task<List<OrganisationInvitation>> InvitationsOfAsync(Guid organisationId) =>
        identity.QueryAsync(db => db.OrganisationInvitations.AsNoTracking().Where(i => i.OrganisationId == organisationId).OrderBy(i => i.CreatedAt).ToListAsync());

    public Task<List<Guid>> PeopleOfAsync(Guid organisationId) =>
        identity.QueryAsync(db => db.Users.Where(p => p.OrganisationId == organisationId).Select(p => p.Id).ToListAsync());
}
