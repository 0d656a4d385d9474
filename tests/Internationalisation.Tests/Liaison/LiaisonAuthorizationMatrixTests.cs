using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Liaison;

/// <summary>
/// Every liaison endpoint, called by the anonymous, the requester's own users where the endpoint is
/// CEIP's, another organisation's users, a manager of another cluster, a CEIP officer where the
/// endpoint is the requesters', and a wrong role (an evaluator): refused with problem details
/// (401 anonymous, 403 by policy or rule, 404 where a request's or introduction's existence is
/// private, 422 for a cluster manager naming a non-member), and nothing changes. The allowed
/// callers are tested with each feature.
/// </summary>
public class LiaisonAuthorizationMatrixTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly LiaisonApi _api = new(fixture);

    public enum Caller { Anonymous, OwnOrganisation, OtherOrganisation, OtherClusterManager, CeipOfficer, Evaluator }

    private const string Request = LiaisonApi.Requests + "/{request}";
    private const string Introduction = LiaisonApi.Introductions + "/{introduction}";

    public static TheoryData<string, string, Caller, HttpStatusCode> Refusals
    {
        get
        {
            var data = new TheoryData<string, string, Caller, HttpStatusCode>
            {
                { "POST", LiaisonApi.Requests, Caller.Anonymous, HttpStatusCode.Unauthorized },
                { "POST", LiaisonApi.Requests, Caller.OtherOrganisation, HttpStatusCode.Forbidden },
                { "POST", LiaisonApi.Requests, Caller.OtherClusterManager, HttpStatusCode.UnprocessableEntity },
                { "POST", LiaisonApi.Requests, Caller.CeipOfficer, HttpStatusCode.Forbidden },
                { "POST", LiaisonApi.Requests, Caller.Evaluator, HttpStatusCode.Forbidden },
                { "GET", LiaisonApi.Requests, Caller.Anonymous, HttpStatusCode.Unauthorized },
                { "GET", Request, Caller.Anonymous, HttpStatusCode.Unauthorized },
                { "GET", Request, Caller.OtherOrganisation, HttpStatusCode.NotFound },
                { "GET", Request, Caller.OtherClusterManager, HttpStatusCode.NotFound },
                { "GET", Request, Caller.Evaluator, HttpStatusCode.NotFound },
                { "POST", LiaisonApi.Introductions, Caller.Anonymous, HttpStatusCode.Unauthorized },
                { "POST", LiaisonApi.Introductions, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
                { "POST", LiaisonApi.Introductions, Caller.OtherOrganisation, HttpStatusCode.Forbidden },
                { "POST", LiaisonApi.Introductions, Caller.OtherClusterManager, HttpStatusCode.Forbidden },
                { "POST", LiaisonApi.Introductions, Caller.Evaluator, HttpStatusCode.Forbidden },
                { "GET", LiaisonApi.Introductions, Caller.Anonymous, HttpStatusCode.Unauthorized },
                { "GET", Introduction, Caller.Anonymous, HttpStatusCode.Unauthorized },
                { "GET", Introduction, Caller.OtherOrganisation, HttpStatusCode.NotFound },
                { "GET", Introduction, Caller.OtherClusterManager, HttpStatusCode.NotFound },
                { "GET", Introduction, Caller.Evaluator, HttpStatusCode.NotFound },
            };
            // CEIP's own actions: refused to everyone else by policy.
            foreach (var path in new[] { Request + "/assessment", Request + "/assignment", Request + "/notes", Request + "/closure", Introduction + "/outcome" })
            {
                data.Add("POST", path, Caller.Anonymous, HttpStatusCode.Unauthorized);
                data.Add("POST", path, Caller.OwnOrganisation, HttpStatusCode.Forbidden);
                data.Add("POST", path, Caller.OtherOrganisation, HttpStatusCode.Forbidden);
                data.Add("POST", path, Caller.OtherClusterManager, HttpStatusCode.Forbidden);
                data.Add("POST", path, Caller.Evaluator, HttpStatusCode.Forbidden);
            }
            // The requester's own actions: the request is private to everyone but its side; CEIP officers use theirs.
            foreach (var path in new[] { Request + "/requester-notes", Request + "/withdrawal" })
            {
                data.Add("POST", path, Caller.Anonymous, HttpStatusCode.Unauthorized);
                data.Add("POST", path, Caller.OtherOrganisation, HttpStatusCode.NotFound);
                data.Add("POST", path, Caller.OtherClusterManager, HttpStatusCode.NotFound);
                data.Add("POST", path, Caller.CeipOfficer, HttpStatusCode.Forbidden);
                data.Add("POST", path, Caller.Evaluator, HttpStatusCode.NotFound);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task EndpointRefusesCallerWithProblemDetailsAndChangesNothing(string method, string path, Caller caller, HttpStatusCode expected)
    {
        var own = await _api.OrganisationAsync();
        var other = await _api.OrganisationAsync();
        var request = LiaisonApi.Id(await _api.OpenAsync(own));
        var introduction = LiaisonApi.Id(await _api.IntroduceAsync(own));
        var before = await _api.ChangeCountsAsync();
        var requestsBefore = await _api.RequestsOfAsync(own);
        var url = path.Replace("{request}", request.ToString(), StringComparison.Ordinal).Replace("{introduction}", introduction.ToString(), StringComparison.Ordinal);

        var client = caller switch
        {
            Caller.Anonymous => _api.Anonymous(),
            Caller.OwnOrganisation => _api.User(own),
            Caller.OtherOrganisation => _api.User(other),
            Caller.OtherClusterManager => _api.ClusterManager(LiaisonApi.NewClusterCode()),
            Caller.CeipOfficer => _api.Officer(),
            _ => _api.Evaluator(),
        };
        var response = method == "GET" ? await client.GetAsync(url) : await client.PostAsJsonAsync(url, BodyFor(path, own, request));

        await response.ReadProblemAsync(expected);
        Assert.Equal(before, await _api.ChangeCountsAsync());
        Assert.Equal(requestsBefore, await _api.RequestsOfAsync(own));
        Assert.Equal("new", (await _api.GetAsync(request)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(Caller.OtherOrganisation)]
    [InlineData(Caller.OtherClusterManager)]
    [InlineData(Caller.Evaluator)]
    public async Task ListsShowNothingOfAnotherOrganisation(Caller caller)
    {
        var own = await _api.OrganisationAsync();
        await _api.OpenAsync(own);
        await _api.IntroduceAsync(own);
        var client = caller switch
        {
            Caller.OtherOrganisation => _api.User(await _api.OrganisationAsync()),
            Caller.OtherClusterManager => _api.ClusterManager(LiaisonApi.NewClusterCode()),
            _ => _api.Evaluator(),
        };

        var requests = await (await client.GetAsync($"{LiaisonApi.Requests}?limit=100")).ReadOkAsync<Page<JsonElement>>();
        var introductions = await (await client.GetAsync($"{LiaisonApi.Introductions}?limit=100")).ReadOkAsync<Page<JsonElement>>();

        Assert.DoesNotContain(requests.Items, r => r.GetProperty("organisationId").GetGuid() == own);
        Assert.DoesNotContain(introductions.Items, i => i.GetProperty("organisationId").GetGuid() == own);
    }

    private static object BodyFor(string path, Guid own, Guid request) => path switch
    {
        LiaisonApi.Requests => LiaisonApi.RequestBody(own),
        LiaisonApi.Introductions => LiaisonApi.IntroductionBody(own, request),
        _ when path.EndsWith("/assessment", StringComparison.Ordinal) => new { decision = "accepted" },
        _ when path.EndsWith("/assignment", StringComparison.Ordinal) => new { officerSubject = "ceip-officer-1", officerName = "Chiara Neri" },
        _ when path.EndsWith("/requester-notes", StringComparison.Ordinal) => new { text = "A note from the requester" },
        _ when path.EndsWith("/withdrawal", StringComparison.Ordinal) => new { reason = "We found a partner ourselves" },
        _ when path.EndsWith("/notes", StringComparison.Ordinal) => new { text = "A note", visibleToRequester = true },
        _ when path.EndsWith("/closure", StringComparison.Ordinal) => new { outcome = "achieved", text = "Everything achieved" },
        _ => new { stage = "meeting-held", on = "2026-10-15" },
    };
}
