using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

/// <summary>
/// Every protected endpoint of the funding service, called by the anonymous and by roles it is not
/// for: refused with problem details, and the proposal and call it aims at do not change. The
/// allowed callers are tested with each feature.
/// </summary>
public class AuthorizationMatrixTests(FundingFixture fixture) : IClassFixture<FundingFixture>
{
    private readonly FundingApi _api = fixture.Api;

    public enum Caller
    {
        Anonymous,
        OrganisationUser,
        ClusterManager,
        Evaluator,
        AcceleratorManager,
    }

    public static TheoryData<string, string, Caller, HttpStatusCode> Refusals => new()
    {
        { "POST", "/api/funding/calls", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/funding/calls", Caller.OrganisationUser, HttpStatusCode.Forbidden },
        { "PUT", "/api/funding/calls/{call}", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/calls/{call}/publish", Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/calls/{call}/amendments", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/funding/calls/{call}/amendments", Caller.OrganisationUser, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/calls/{call}/evaluation/start", Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/calls/{call}/evaluation/complete", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/calls/{call}/awards", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/funding/calls/{call}/awards", Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/calls/{call}/conclude", Caller.OrganisationUser, HttpStatusCode.Forbidden },
        { "GET", "/api/funding/calls/{call}/ranking", Caller.OrganisationUser, HttpStatusCode.NotFound },
        { "POST", "/api/funding/calls/{call}/proposals", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/funding/calls/{call}/proposals", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "GET", "/api/funding/proposals", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/funding/proposals/{proposal}", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/funding/proposals/{proposal}", Caller.OrganisationUser, HttpStatusCode.NotFound },
        { "GET", "/api/funding/proposals/{proposal}", Caller.ClusterManager, HttpStatusCode.NotFound },
        { "GET", "/api/funding/proposals/{proposal}", Caller.Evaluator, HttpStatusCode.NotFound },
        { "PUT", "/api/funding/proposals/{proposal}", Caller.OrganisationUser, HttpStatusCode.NotFound },
        { "PUT", "/api/funding/proposals/{proposal}", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/proposals/{proposal}/submit", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/funding/proposals/{proposal}/submit", Caller.OrganisationUser, HttpStatusCode.NotFound },
        { "POST", "/api/funding/proposals/{proposal}/submit", Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/proposals/{proposal}/withdraw", Caller.OrganisationUser, HttpStatusCode.NotFound },
        { "POST", "/api/funding/proposals/{proposal}/endorsement", Caller.OrganisationUser, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/proposals/{proposal}/endorsement", Caller.ClusterManager, HttpStatusCode.NotFound },
        { "POST", "/api/funding/proposals/{proposal}/assignments", Caller.Evaluator, HttpStatusCode.Forbidden },
        { "PUT", "/api/funding/proposals/{proposal}/scores", Caller.Evaluator, HttpStatusCode.Forbidden },
        { "PUT", "/api/funding/proposals/{proposal}/scores", Caller.OrganisationUser, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/proposals/{proposal}/award", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/funding/proposals/{proposal}/award", Caller.OrganisationUser, HttpStatusCode.Forbidden },
        { "POST", "/api/funding/evaluators", Caller.Evaluator, HttpStatusCode.Forbidden },
        { "GET", "/api/funding/evaluators", Caller.OrganisationUser, HttpStatusCode.Forbidden },
        { "GET", "/api/funding/assignments", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/funding/audit", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "GET", "/api/funding/applicants/{lead}", Caller.AcceleratorManager, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task RefusedCallerGetsProblemDetailsAndChangesNothing(string method, string template, Caller caller, HttpStatusCode expected)
    {
        var call = await _api.PublishedCallAsync(b => b["endorsementRequired"] = true);
        var lead = await _api.OrganisationAsync(clusters: "MESAP");
        var proposal = FundingApi.Id(await _api.DraftProposalAsync(FundingApi.Id(call), lead, FundingApi.ProposalBody("MESAP")));
        var path = template.Replace("{call}", FundingApi.Id(call).ToString(), StringComparison.Ordinal)
            .Replace("{proposal}", proposal.ToString(), StringComparison.Ordinal).Replace("{lead}", lead.ToString(), StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = JsonContent.Create(BodyFor(path));
            request.Headers.IfMatch.ParseAdd("*");
        }

        var response = await Client(caller).SendAsync(request);

        await response.ReadProblemAsync(expected);
        var stored = await (await _api.Applicant(lead).GetAsync($"/api/funding/proposals/{proposal}")).ReadOkAsync<JsonElement>();
        Assert.Equal(("draft", JsonValueKind.Null), (stored.GetProperty("status").GetString(), stored.GetProperty("endorsement").ValueKind));
        var storedCall = await (await _api.Officer().GetAsync($"/api/funding/calls/{FundingApi.Id(call)}")).ReadOkAsync<JsonElement>();
        Assert.Equal(("open", 0), (storedCall.GetProperty("status").GetString(), storedCall.GetProperty("amendments").GetArrayLength()));
        Assert.Empty(await _api.EventsMentioningAsync(proposal.ToString()));
    }

    private HttpClient Client(Caller caller) => caller switch
    {
        Caller.Anonymous => _api.Anonymous(),
        Caller.OrganisationUser => _api.Applicant(Guid.NewGuid()),
        Caller.ClusterManager => _api.Manager("CLEVER"),
        Caller.Evaluator => _api.Evaluator("expert-without-assignments"),
        _ => _api.Service.CreateClient().WithToken(Roles.AcceleratorManager),
    };

    /// <summary>A valid body for each endpoint, so that only authorization can refuse it.</summary>
    private object BodyFor(string path) => path switch
    {
        _ when path.EndsWith("/amendments", StringComparison.Ordinal) => new { reason = "Attempted extension", budgetEur = 1_100_000m },
        _ when path.EndsWith("/assignments", StringComparison.Ordinal) => new { evaluatorId = Guid.NewGuid() },
        _ when path.EndsWith("/scores", StringComparison.Ordinal) => new { scores = new[] { new { criterion = "quality", score = 5m, comment = "x" } } },
        _ when path.EndsWith("/evaluators", StringComparison.Ordinal) => new { subject = "x", name = "Xy", email = "x@example.org" },
        _ when path.EndsWith("/proposals", StringComparison.Ordinal) => FundingApi.ProposalBody(),
        _ when path.Count(c => c == '/') == 4 && path.StartsWith("/api/funding/proposals/", StringComparison.Ordinal) => FundingApi.ProposalBody(),
        _ when path.Count(c => c == '/') <= 4 && path.StartsWith("/api/funding/calls", StringComparison.Ordinal) => _api.CallBody(),
        _ => new { note = "attempt", reason = "attempt" },
    };
}
