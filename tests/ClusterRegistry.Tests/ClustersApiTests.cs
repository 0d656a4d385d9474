using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

public class ClustersApiTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly RegistryApi _api = registry.Api;

    private static object Record(string nameEn, string status = "active", string? successorCode = null, string? code = null) => new
    {
        code,
        name = new { it = nameEn + " (it)", en = nameEn },
        description = new { it = "descrizione", en = "description" },
        domain = new { it = "dominio", en = "domain" },
        kind = "open-platform",
        status,
        successorCode,
        prioritySystems = new[] { "HEALTH" },
        transversalRoles = Array.Empty<string>(),
        website = "https://example.org/cluster",
    };

    [Fact]
    public async Task OfficerCreatesAClusterOnceEvenWhenTheRequestIsRetried()
    {
        var code = "OP" + Random.Shared.Next(1000, 9999);
        var key = Guid.NewGuid().ToString();
        var officer = _api.Officer();
        async Task<HttpResponseMessage> Create()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/clusters") { Content = JsonContent.Create(Record("Open platform " + code, code: code)) };
            request.Headers.Add("Idempotency-Key", key);
            return await officer.SendAsync(request);
        }

        var first = await Create();
        var retry = await Create();

        await first.ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("true", retry.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal(["cluster-updated"], await _api.EventsMentioningAsync($"\"{code}\""));
    }

    [Fact]
    public async Task OfficerUpdatesTheRecordWithIfMatchAndItIsAnnounced()
    {
        var code = "OPU" + Random.Shared.Next(1000, 9999);
        var created = await _api.Officer().PostAsJsonAsync("/api/registry/clusters", Record("Before", code: code));
        var etag = created.Headers.ETag!.Tag;

        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/clusters/{code}") { Content = JsonContent.Create(Record("After", status: "merged", successorCode: "BIOPMED")) };
        update.Headers.IfMatch.ParseAdd(etag);
        var response = await _api.Officer().SendAsync(update);

        var cluster = await response.ReadOkAsync<JsonElement>();
        Assert.Equal("After", cluster.GetProperty("name").GetString());
        Assert.Equal("BIOPMED", cluster.GetProperty("successor").GetProperty("code").GetString());
        var biopmed = await _api.Anonymous().GetFromJsonAsync<JsonElement>("/api/registry/clusters/BIOPMED");
        Assert.Contains(biopmed.GetProperty("predecessors").EnumerateArray(), p => p.GetProperty("code").GetString() == code);
        Assert.Equal(2, (await _api.EventsMentioningAsync($"\"{code}\"")).Count);
    }

    [Fact]
    public async Task StaleETagIsPreconditionFailedAndChangesNothing()
    {
        var code = "OPS" + Random.Shared.Next(1000, 9999);
        var created = await _api.Officer().PostAsJsonAsync("/api/registry/clusters", Record("Original", code: code));
        var stale = created.Headers.ETag!.Tag;
        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/clusters/{code}") { Content = JsonContent.Create(Record("First")) };
        first.Headers.IfMatch.ParseAdd(stale);
        (await _api.Officer().SendAsync(first)).EnsureSuccessStatusCode();

        var second = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/clusters/{code}") { Content = JsonContent.Create(Record("Second")) };
        second.Headers.IfMatch.ParseAdd(stale);
        var response = await _api.Officer().SendAsync(second);

        await response.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        var cluster = await _api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/registry/clusters/{code}");
        Assert.Equal("First", cluster.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.ClusterManager, HttpStatusCode.Forbidden)]
    [InlineData(Roles.OrganisationUser, HttpStatusCode.Forbidden)]
    public async Task OnlyOfficersManageClusterRecords(string? role, HttpStatusCode expected)
    {
        var client = role switch
        {
            null => _api.Anonymous(),
            Roles.ClusterManager => _api.Manager("CLEVER"),
            _ => _api.OrganisationUser(Guid.NewGuid()),
        };

        var response = await client.PutAsJsonAsync("/api/registry/clusters/CLEVER", Record("Hijacked"));

        await response.ReadProblemAsync(expected);
    }

    [Fact]
    public async Task ManagerUpdatesOwnClusterProfileButNotAnothers()
    {
        var etag = (await _api.Anonymous().GetAsync("/api/registry/clusters/MESAP")).Headers.ETag!.Tag;
        var body = new { description = new { it = "Nuova descrizione", en = "New description" }, website = "https://mesap.example", contacts = new { email = "info@mesap.example" } };

        var own = new HttpRequestMessage(HttpMethod.Put, "/api/registry/clusters/MESAP/profile") { Content = JsonContent.Create(body) };
        own.Headers.IfMatch.ParseAdd(etag);
        var ownResponse = await _api.Manager("MESAP").SendAsync(own);
        var other = new HttpRequestMessage(HttpMethod.Put, "/api/registry/clusters/ICT/profile") { Content = JsonContent.Create(body) };
        other.Headers.IfMatch.ParseAdd("\"1\"");
        var otherResponse = await _api.Manager("MESAP").SendAsync(other);

        var updated = await ownResponse.ReadOkAsync<JsonElement>();
        Assert.Equal("New description", updated.GetProperty("description").GetString());
        Assert.Equal("info@mesap.example", updated.GetProperty("contacts").GetProperty("email").GetString());
        await otherResponse.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MembersListShowsActiveMembersOnly()
    {
        var active = await _api.MemberOfAsync("AGRIFOOD");
        var pending = await _api.RegisterAsync();
        await _api.RequestMembershipAsync(pending.Id, "AGRIFOOD");

        var members = await _api.Anonymous().GetFromJsonAsync<JsonElement>("/api/registry/clusters/AGRIFOOD/members?limit=200");

        var ids = members.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(active.Id, ids);
        Assert.DoesNotContain(pending.Id, ids);
    }

    [Fact]
    public async Task MemberCountFollowsApprovalsSuspensionsAndEnds()
    {
        var before = await MemberCountAsync("POINTEX");
        var first = await _api.MemberOfAsync("POINTEX");
        var second = await _api.MemberOfAsync("POINTEX");
        var secondMembership = (await _api.Manager("POINTEX").GetFromJsonAsync<JsonElement>($"/api/registry/clusters/POINTEX/memberships?status=active&limit=200"))
            .GetProperty("items").EnumerateArray().First(m => m.GetProperty("organisationId").GetGuid() == second.Id).GetProperty("id").GetGuid();
        Assert.Equal(before + 2, await MemberCountAsync("POINTEX"));

        (await _api.Manager("POINTEX").PostAsJsonAsync($"/api/registry/memberships/{secondMembership}/suspend", new { })).EnsureSuccessStatusCode();
        Assert.Equal(before + 1, await MemberCountAsync("POINTEX"));
        (await _api.OrganisationUser(second.Id).PostAsJsonAsync($"/api/registry/memberships/{secondMembership}/end", new { })).EnsureSuccessStatusCode();

        Assert.Equal(before + 1, await MemberCountAsync("POINTEX"));
        Assert.Contains(first.Id, (await _api.Anonymous().GetFromJsonAsync<JsonElement>("/api/registry/clusters/POINTEX/members?limit=200"))
            .GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));
    }

    private async Task<int> MemberCountAsync(string code)
    {
        var single = (await _api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/registry/clusters/{code}")).GetProperty("memberCount").GetInt32();
        var listed = (await _api.Anonymous().GetFromJsonAsync<JsonElement>("/api/registry/clusters")).GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == code).GetProperty("memberCount").GetInt32();
        Assert.Equal(single, listed);
        return single;
    }

    [Fact]
    public async Task InvalidClusterRecordNamesTheFields()
    {
        var response = await _api.Officer().PostAsJsonAsync("/api/registry/clusters", new { code = "9bad", kind = "galaxy" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["kind"], problem.ErrorFields());
        var second = await _api.Officer().PostAsJsonAsync("/api/registry/clusters", new { code = "9bad" });
        var fields = (await second.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields();
        Assert.Contains("code", fields);
        Assert.Contains("name", fields);
        Assert.Contains("status", fields);
    }
}
