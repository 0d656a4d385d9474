using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using PiedmontSystem.Identity.Apis.People;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Tests.StaffRoles;

/// <summary>Regional officers grant and revoke staff roles: audited, announced, and in the person's next token.</summary>
public sealed class StaffRolesApiTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private readonly IdentityApi _api = new(identity);

    [Fact]
    public async Task GrantAnswersThePersonWithTheRoleAndRecordsOneEventAndOneAuditEntry()
    {
        var person = await identity.CreatePersonAsync();
        var officer = "officer-" + Guid.NewGuid().ToString("N")[..8];

        var response = await _api.Officer(officer).PostAsJsonAsync($"/api/identity/people/{person.Id}/staff-roles", new { role = "cluster-manager", clusterCode = "clever" });

        var granted = await response.ReadOkAsync<PersonResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/identity/people/{person.Id}", response.Headers.Location?.OriginalString);
        var role = Assert.Single(granted.Roles);
        Assert.Equal((Roles.ClusterManager, "CLEVER", officer), (role.Role, role.ClusterCode, role.GrantedBy));
        Assert.Equal(["staff-role-granted"], await _api.EventsMentioningAsync(role.GrantId.ToString()));
        var outbox = Assert.Single(await _api.OutboxMentioningAsync(role.GrantId.ToString()));
        var payload = JsonDocument.Parse(outbox.Payload).RootElement;
        Assert.Equal(person.Id.ToString(), payload.GetProperty("subject").GetString());
        Assert.Equal(officer, payload.GetProperty("grantedBy").GetString());
        var audit = Assert.Single(await _api.AuditOfAsync("person", person.Id));
        Assert.Equal("staff-role.granted", audit.Action);
        Assert.StartsWith(officer, audit.Actor, StringComparison.Ordinal);
        Assert.Equal(["CLEVER"], (await identity.PersonAsync(person.Id)).StaffRoles.Select(r => r.ClusterCode));
    }

    [Theory]
    [InlineData("cluster-manager", null, "clusterCode")]
    [InlineData("evaluator", "CLEVER", "clusterCode")]
    [InlineData("cluster-manager", "1NVALID CODE", "clusterCode")]
    [InlineData("organisation-user", null, "role")]
    [InlineData("partner-system", null, "role")]
    [InlineData("superuser", null, "role")]
    [InlineData(null, null, "role")]
    public async Task AGrantThatIsNotValidIsAValidationProblemNamingTheFieldAndChangesNothing(string? role, string? clusterCode, string field)
    {
        var person = await identity.CreatePersonAsync();
        var before = await _api.ChangeCountsAsync();

        var response = await _api.Officer().PostAsJsonAsync($"/api/identity/people/{person.Id}/staff-roles", new { role, clusterCode });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
        Assert.Equal(before, await _api.ChangeCountsAsync());
        Assert.Empty((await identity.PersonAsync(person.Id)).StaffRoles);
    }

    [Fact]
    public async Task TheSameActiveGrantTwiceIsAConflictAndASecondClusterToo()
    {
        var person = await identity.CreatePersonAsync();
        await _api.GrantAsync(person.Id, Roles.ClusterManager, "MESAP");
        var before = await _api.ChangeCountsAsync();

        var again = await _api.Officer().PostAsJsonAsync($"/api/identity/people/{person.Id}/staff-roles", new { role = "cluster-manager", clusterCode = "mesap" });
        var secondCluster = await _api.Officer().PostAsJsonAsync($"/api/identity/people/{person.Id}/staff-roles", new { role = "cluster-manager", clusterCode = "CLEVER" });

        Assert.Equal("urn:piedmont:problem:staff-role-already-granted", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal("urn:piedmont:problem:one-cluster-per-manager", (await secondCluster.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(before, await _api.ChangeCountsAsync());
        Assert.Single((await identity.PersonAsync(person.Id)).StaffRoles);
    }

    [Fact]
    public async Task RevokeKeepsTheGrantWithWhenWhoAndWhyAndAnnouncesIt()
    {
        var person = await identity.CreatePersonAsync();
        var grant = Assert.Single((await _api.GrantAsync(person.Id, Roles.Evaluator)).Roles);
        var officer = "officer-" + Guid.NewGuid().ToString("N")[..8];

        var response = await _api.Officer(officer).DeleteAsync($"/api/identity/people/{person.Id}/staff-roles/{grant.GrantId}?reason=End%20of%20mandate");

        Assert.Empty((await response.ReadOkAsync<PersonResponse>()).Roles);
        var stored = Assert.Single((await identity.PersonAsync(person.Id)).StaffRoles);
        Assert.NotNull(stored.RevokedAt);
        Assert.Equal((officer, "End of mandate"), (stored.RevokedBy, stored.RevokeReason));
        Assert.Equal(["staff-role-granted", "staff-role-revoked"], await _api.EventsMentioningAsync(grant.GrantId.ToString()));
        Assert.Equal(["staff-role.granted", "staff-role.revoked"], (await _api.AuditOfAsync("person", person.Id)).Select(a => a.Action));

        var twice = await _api.Officer().DeleteAsync($"/api/identity/people/{person.Id}/staff-roles/{grant.GrantId}");
        Assert.Equal("urn:piedmont:problem:staff-role-already-revoked", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task ARegionalOfficerCannotRevokeTheirOwnRegionalOfficerRoleButAnotherOfficerCan()
    {
        var officer = await identity.CreatePersonAsync();
        var grant = Assert.Single((await _api.GrantAsync(officer.Id, Roles.RegionalOfficer)).Roles);
        var before = await _api.ChangeCountsAsync();

        var own = await _api.Officer(officer.Id.ToString()).DeleteAsync($"/api/identity/people/{officer.Id}/staff-roles/{grant.GrantId}");

        Assert.Equal("urn:piedmont:problem:own-regional-officer-role", (await own.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(before, await _api.ChangeCountsAsync());
        Assert.Null(Assert.Single((await identity.PersonAsync(officer.Id)).StaffRoles).RevokedAt);

        var other = await _api.Officer().DeleteAsync($"/api/identity/people/{officer.Id}/staff-roles/{grant.GrantId}");
        Assert.Empty((await other.ReadOkAsync<PersonResponse>()).Roles);
    }

    [Fact]
    public async Task AGrantOfAnotherPersonOrAnUnknownPersonIsNotFound()
    {
        var person = await identity.CreatePersonAsync();
        var other = await identity.CreatePersonAsync();
        var grant = Assert.Single((await _api.GrantAsync(other.Id, Roles.Operator)).Roles);

        var wrongPerson = await _api.Officer().DeleteAsync($"/api/identity/people/{person.Id}/staff-roles/{grant.GrantId}");
        var unknown = await _api.Officer().PostAsJsonAsync($"/api/identity/people/{Guid.NewGuid()}/staff-roles", new { role = "evaluator" });

        await wrongPerson.ReadProblemAsync(HttpStatusCode.NotFound);
        await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(Assert.Single((await identity.PersonAsync(other.Id)).StaffRoles).RevokedAt);
    }

    [Fact]
    public async Task AGrantedRoleIsInTheNextRefreshedTokenAndARevokedOneLeavesIt()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        var code = await browser.AuthorizeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, "openid offline_access api", person);
        var tokens = await browser.ExchangeCodeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, code);
        Assert.Empty(RolesOf(tokens.AccessToken));

        var grant = Assert.Single((await _api.GrantAsync(person.Id, Roles.ClusterManager, "CGREEN")).Roles);
        var refreshed = await browser.RefreshAsync("piedmont-mobile", tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        var access = new JsonWebToken(refreshed.AccessToken);
        Assert.Equal([Roles.ClusterManager], RolesOf(refreshed.AccessToken));
        Assert.Equal("CGREEN", access.GetClaim(PlatformClaims.Cluster).Value);

        using var revoked = await _api.Officer().DeleteAsync($"/api/identity/people/{person.Id}/staff-roles/{grant.GrantId}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var after = await browser.RefreshAsync("piedmont-mobile", refreshed.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Empty(RolesOf(after.AccessToken));
        Assert.False(new JsonWebToken(after.AccessToken).TryGetClaim(PlatformClaims.Cluster, out _));
    }

    [Fact]
    public async Task PeopleAreListedByEmailFilteredByPrefixAndRoleOnKeysetPages()
    {
        var prefix = "list-" + Guid.NewGuid().ToString("N")[..10];
        var people = new List<TestPerson>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await identity.CreatePersonAsync(shape: p => p.Email = p.UserName = $"{prefix}-{i}@example.org"));
        }
        await _api.GrantAsync(people[1].Id, Roles.CeipOfficer);
        var officer = _api.Officer();

        var first = await (await officer.GetAsync($"/api/identity/people?emailPrefix={prefix.ToUpperInvariant()}&limit=2")).ReadOkAsync<Page<PersonResponse>>();
        var second = await (await officer.GetAsync($"/api/identity/people?emailPrefix={prefix}&limit=2&cursor={first.NextCursor}")).ReadOkAsync<Page<PersonResponse>>();
        var officers = await (await officer.GetAsync($"/api/identity/people?emailPrefix={prefix}&role=ceip-officer")).ReadOkAsync<Page<PersonResponse>>();
        var badRole = await officer.GetAsync($"/api/identity/people?role=wizard");

        Assert.Equal(people.Select(p => p.Id), first.Items.Concat(second.Items).Select(p => p.Id));
        Assert.NotNull(first.NextCursor);
        Assert.Null(second.NextCursor);
        var ceip = Assert.Single(officers.Items);
        Assert.Equal(people[1].Id, ceip.Id);
        Assert.Equal([Roles.CeipOfficer], ceip.Roles.Select(r => r.Role));
        Assert.Equal(["role"], (await badRole.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task APersonReadsTheirOwnRecordAndAnOfficerReadsAnyone()
    {
        var organisation = Guid.NewGuid();
        var person = await identity.CreatePersonAsync(shape: p => p.OrganisationId = organisation);

        var me = await (await _api.PersonActingFor(person, organisation).GetAsync("/api/identity/me")).ReadOkAsync<PersonResponse>();
        var seen = await (await _api.Officer().GetAsync($"/api/identity/people/{person.Id}")).ReadOkAsync<PersonResponse>();
        var partner = await _api.As(Roles.PartnerSystem, subject: "some-partner").GetAsync("/api/identity/me");

        Assert.Equal((person.Id, person.Email, (Guid?)organisation, false), (me.Id, me.Email, me.OrganisationId, me.Administrator));
        Assert.Equal((me.Id, me.Email, me.OrganisationId), (seen.Id, seen.Email, seen.OrganisationId));
        await partner.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static string[] RolesOf(string accessToken) =>
        [.. new JsonWebToken(accessToken).Claims.Where(c => c.Type == PlatformClaims.Role).Select(c => c.Value)];
}
