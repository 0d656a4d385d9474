using System.Net;
using PiedmontSystem.Identity.Apis.Organisations;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Identity.Tests.Organisations;

/// <summary>The people who act for an organisation: listed, and removed by its administrators, who keep at least one of themselves.</summary>
public sealed class OrganisationPeopleTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private readonly IdentityApi _api = new(identity);

    [Fact]
    public async Task AdministratorsAndRegionalOfficersListTheOrganisationsPeopleOnly()
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var colleague = await _api.ColleagueAsync(organisation);
        await _api.OrganisationWithAdministratorAsync();

        var byAdministrator = await (await _api.PersonActingFor(administrator, organisation).GetAsync($"/api/identity/organisations/{organisation}/people"))
            .ReadOkAsync<Page<OrganisationPersonResponse>>();
        var byOfficer = await (await _api.Officer().GetAsync($"/api/identity/organisations/{organisation}/people"))
            .ReadOkAsync<Page<OrganisationPersonResponse>>();

        Assert.Equal(new[] { administrator.Id, colleague.Id }.Order(), byAdministrator.Items.Select(p => p.Id).Order());
        Assert.Equal(byAdministrator.Items.Select(p => p.Id), byOfficer.Items.Select(p => p.Id));
        Assert.True(byAdministrator.Items.Single(p => p.Id == administrator.Id).Administrator);
        Assert.False(byAdministrator.Items.Single(p => p.Id == colleague.Id).Administrator);
    }

    [Fact]
    public async Task TheAdministratorRemovesAColleagueAndItIsAnnounced()
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var colleague = await _api.ColleagueAsync(organisation);

        using var removed = await _api.PersonActingFor(administrator, organisation).DeleteAsync($"/api/identity/organisations/{organisation}/people/{colleague.Id}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var person = await identity.PersonAsync(colleague.Id);
        Assert.Null(person.OrganisationId);
        Assert.False(person.IsOrganisationAdministrator);
        Assert.Equal(["organisation-user-removed"], await _api.EventsMentioningAsync(colleague.Id.ToString()));
        Assert.Equal("organisation-user.removed", Assert.Single(await _api.AuditOfAsync("person", colleague.Id)).Action);

        var again = await _api.PersonActingFor(administrator, organisation).DeleteAsync($"/api/identity/organisations/{organisation}/people/{colleague.Id}");
        await again.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheLastAdministratorCannotRemoveThemselvesButOneOfTwoCan()
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var before = await _api.ChangeCountsAsync();

        var alone = await _api.PersonActingFor(administrator, organisation).DeleteAsync($"/api/identity/organisations/{organisation}/people/{administrator.Id}");

        Assert.Equal("urn:piedmont:problem:last-administrator", (await alone.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(before, await _api.ChangeCountsAsync());
        Assert.Equal(organisation, (await identity.PersonAsync(administrator.Id)).OrganisationId);

        await _api.ColleagueAsync(organisation, administrator: true);
        using var leaving = await _api.PersonActingFor(administrator, organisation).DeleteAsync($"/api/identity/organisations/{organisation}/people/{administrator.Id}");
        Assert.Equal(HttpStatusCode.NoContent, leaving.StatusCode);
        Assert.Null((await identity.PersonAsync(administrator.Id)).OrganisationId);
    }

    [Fact]
    public async Task AnAdministratorWhoseRecordNoLongerSaysSoIsRefusedWhateverTheTokenSays()
    {
        var organisation = Guid.NewGuid();
        var former = await identity.CreatePersonAsync(shape: p => p.OrganisationId = organisation);
        var colleague = await _api.ColleagueAsync(organisation);

        // The token still acts for the organisation (minutes old), the record says: not an administrator.
        var response = await _api.PersonActingFor(former, organisation).DeleteAsync($"/api/identity/organisations/{organisation}/people/{colleague.Id}");

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(organisation, (await identity.PersonAsync(colleague.Id)).OrganisationId);
    }
}
