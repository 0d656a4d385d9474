using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

public class EvaluationAndAwardsTests(FundingFixture fixture) : IClassFixture<FundingFixture>, IDisposable
{
    private readonly FundingApi _api = fixture.Api;

    public void Dispose()
    {
        _api.Clock.Reset();
        GC.SuppressFinalize(this);
    }

    private static string Subject() => "expert-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A call with one submitted, eligible proposal per lead, closed and under evaluation.</summary>
    private async Task<(JsonElement Call, List<(Guid Proposal, Guid Lead)> Proposals)> CallUnderEvaluationAsync(int proposals, decimal budget = 1_000_000m, decimal requested = 100_000m)
    {
        var call = await _api.PublishedCallAsync(b =>
        {
            b["budgetEur"] = budget;
            b["maxGrantEur"] = Math.Min(300_000m, budget);
        });
        var submitted = new List<(Guid, Guid)>();
        for (var i = 0; i < proposals; i++)
        {
            var lead = await _api.OrganisationAsync();
            var result = await _api.SubmittedAsync(FundingApi.Id(call), lead, FundingApi.ProposalBody(requested: requested));
            submitted.Add((FundingApi.Id(result.GetProperty("proposal")), lead));
        }
        await _api.CloseAndStartEvaluationAsync(call);
        return (call, submitted);
    }

    private async Task AssignAsync(Guid proposal, Guid evaluator) =>
        await (await _api.Officer().PostAsJsonAsync($"/api/funding/proposals/{proposal}/assignments", new { evaluatorId = evaluator })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    private async Task<JsonElement> RankedCallAsync(int proposals, decimal budget, decimal requested, Func<int, (decimal Quality, decimal Impact)> scores)
    {
        var (call, submitted) = await CallUnderEvaluationAsync(proposals, budget, requested);
        var subject = Subject();
        var evaluator = await _api.EvaluatorAsync(subject);
        foreach (var ((proposal, _), i) in submitted.Select((p, i) => (p, i)))
        {
            await AssignAsync(proposal, evaluator);
            var (quality, impact) = scores(i);
            await (await _api.ScoreAsync(subject, proposal, quality, impact)).ReadOkAsync<JsonElement>();
        }
        await (await _api.Officer().PostAsync($"/api/funding/calls/{FundingApi.Id(call)}/evaluation/complete", null)).ReadOkAsync<JsonElement>();
        return call;
    }

    [Fact]
    public async Task EvaluationStartedAtTheDeadlineClosesTheCallOnceWhoeverIsFirst()
    {
        // The officer and the call clock race for the call in the second after the deadline.
        for (var i = 0; i < 3; i++)
        {
            var (call, _) = await CallUnderEvaluationAsync(0);

            var events = await _api.EventsMentioningAsync(FundingApi.Id(call).ToString());

            Assert.Equal(["call-published", "call-opened", "call-closed"], events);
            var read = await (await _api.Officer().GetAsync($"/api/funding/calls/{FundingApi.Id(call)}")).ReadOkAsync<JsonElement>();
            Assert.Equal("under-evaluation", read.GetProperty("status").GetString());
            _api.Clock.Reset();
        }
    }

    [Fact]
    public async Task EvaluatorFromAConsortiumOrganisationCannotBeAssigned()
    {
        var (_, submitted) = await CallUnderEvaluationAsync(1);
        var (proposal, lead) = submitted[0];
        var conflicted = await _api.EvaluatorAsync(Subject(), organisationId: lead);

        var problem = await (await _api.Officer().PostAsJsonAsync($"/api/funding/proposals/{proposal}/assignments", new { evaluatorId = conflicted })).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("urn:piedmont:problem:conflict-of-interest", problem.GetProperty("type").GetString());
        var assignments = await (await _api.Officer().GetAsync($"/api/funding/assignments?proposalId={proposal}")).ReadOkAsync<JsonElement>();
        Assert.Empty(assignments.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task EvaluatorsAreListedAPageAtATimeWithoutRepeats()
    {
        await _api.EvaluatorAsync(Subject());
        await _api.EvaluatorAsync(Subject());

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await (await _api.Officer().GetAsync($"/api/funding/evaluators?limit=1&cursor={cursor}")).ReadOkAsync<JsonElement>();
            Assert.True(page.GetProperty("items").GetArrayLength() <= 1);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.True(seen.Count >= 2);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task EvaluatorSeesAndScoresOnlyWhatIsAssignedToThem()
    {
        var (_, submitted) = await CallUnderEvaluationAsync(2);
        var (mine, _) = submitted[0];
        var (other, _) = submitted[1];
        var subject = Subject();
        await AssignAsync(mine, await _api.EvaluatorAsync(subject));

        await (await _api.Evaluator(subject).GetAsync($"/api/funding/proposals/{other}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var refused = await (await _api.ScoreAsync(subject, other, 8, 8)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var read = await (await _api.Evaluator(subject).GetAsync($"/api/funding/proposals/{mine}")).ReadOkAsync<JsonElement>();
        var own = await (await _api.Evaluator(subject).GetAsync("/api/funding/assignments")).ReadOkAsync<JsonElement>();

        Assert.Equal("urn:piedmont:problem:not-assigned", refused.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("content").ValueKind);   // the submitted version only
        Assert.Equal(JsonValueKind.Object, read.GetProperty("submitted").ValueKind);
        Assert.Equal([mine], own.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("proposalId").GetGuid()));
        var otherAssignments = await (await _api.Officer().GetAsync($"/api/funding/assignments?proposalId={other}")).ReadOkAsync<JsonElement>();
        Assert.Empty(otherAssignments.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task ScoreWithoutACommentIsRefusedAndNothingIsScored()
    {
        var (_, submitted) = await CallUnderEvaluationAsync(1);
        var (proposal, _) = submitted[0];
        var subject = Subject();
        await AssignAsync(proposal, await _api.EvaluatorAsync(subject));

        var problem = await (await _api.Evaluator(subject).PutAsJsonAsync($"/api/funding/proposals/{proposal}/scores", new
        {
            scores = new[] { new { criterion = "quality", score = 12m, comment = "Great" }, new { criterion = "impact", score = 5m, comment = "" } },
        })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["scores[0].score", "scores[1].comment"], problem.ErrorFields());
        var assignment = (await (await _api.Officer().GetAsync($"/api/funding/assignments?proposalId={proposal}")).ReadOkAsync<JsonElement>()).GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, assignment.GetProperty("scoredAt").ValueKind);
    }

    [Fact]
    public async Task EvaluationCannotCompleteWithUnscoredProposals()
    {
        var (call, submitted) = await CallUnderEvaluationAsync(1);
        await AssignAsync(submitted[0].Proposal, await _api.EvaluatorAsync(Subject()));

        var problem = await (await _api.Officer().PostAsync($"/api/funding/calls/{FundingApi.Id(call)}/evaluation/complete", null)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("urn:piedmont:problem:evaluation-incomplete", problem.GetProperty("type").GetString());
        var read = await (await _api.Officer().GetAsync($"/api/funding/calls/{FundingApi.Id(call)}")).ReadOkAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, read.GetProperty("evaluationCompletedAt").ValueKind);
    }

    [Fact]
    public async Task RankingOrdersTiesByTheHeaviestCriterionAndRejectsThoseBelowThreshold()
    {
        // quality weighs 60, impact 40; quality threshold 6; pass mark 60.
        var call = await RankedCallAsync(4, 1_000_000m, 100_000m, i => i switch
        {
            0 => (7, 9),    // 42 + 36 = 78
            1 => (9, 6),    // 54 + 24 = 78, better on quality: ranks first of the tie
            2 => (5, 10),   // 30 + 40 = 70, but quality is below its threshold: rejected
            _ => (10, 10),  // 100
        });

        var ranking = await (await _api.Officer().GetAsync($"/api/funding/calls/{FundingApi.Id(call)}/ranking")).ReadOkAsync<JsonElement>();

        var lines = ranking.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], lines.Take(3).Select(l => l.GetProperty("position").GetInt32()));
        Assert.Equal([100m, 78m, 78m, 70m], lines.Select(l => l.GetProperty("weightedTotal").GetDecimal()));
        Assert.Equal(["ranked", "ranked", "ranked", "rejected"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.StartsWith("quality", lines[3].GetProperty("failedThresholds")[0].GetString(), StringComparison.Ordinal);
        var events = await _api.EventsMentioningAsync(FundingApi.Id(call).ToString());
        Assert.Contains("evaluation-completed", events);
        Assert.Contains("proposal-rejected", events);
    }

    [Fact]
    public async Task FundingTheRankingStopsAtTheBudgetAndPutsTheRestOnTheReserveList()
    {
        var call = await RankedCallAsync(3, 250_000m, 100_000m, i => (10 - i, 10));
        var callId = FundingApi.Id(call);

        var run = await (await _api.Officer().PostAsync($"/api/funding/calls/{callId}/awards", null)).ReadOkAsync<JsonElement>();

        Assert.Equal((2, 1), (run.GetProperty("funded").GetInt32(), run.GetProperty("reserve").GetInt32()));
        Assert.Equal(200_000m, run.GetProperty("committedEur").GetDecimal());
        var lines = run.GetProperty("ranking").GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["funded", "funded", "reserve"], lines.Select(l => l.GetProperty("status").GetString()));
        var funded = await (await _api.Officer().GetAsync($"/api/funding/proposals/{lines[0].GetProperty("proposalId").GetGuid()}")).ReadOkAsync<JsonElement>();
        var grant = funded.GetProperty("grant");
        Assert.Equal((100_000m, 50_000m, 50_000m), (grant.GetProperty("amountEur").GetDecimal(), grant.GetProperty("euShareEur").GetDecimal(), grant.GetProperty("regionalShareEur").GetDecimal()));
        Assert.Equal(2, (await _api.EventsMentioningAsync(call.GetProperty("code").GetString()!)).Count(e => e == "grant-awarded"));
        var publicRanking = await (await _api.Anonymous().GetAsync($"/api/funding/calls/{callId}/ranking")).ReadOkAsync<JsonElement>();
        Assert.Equal("awarded", publicRanking.GetProperty("callStatus").GetString());
    }

    [Fact]
    public async Task ConcurrentAwardsNeverOverCommitTheBudget()
    {
        const int proposals = 12;
        var call = await RankedCallAsync(proposals, 1_000_000m, 150_000m, i => (10 - (i % 4), 8));
        var callId = FundingApi.Id(call);
        var ranked = (await (await _api.Officer().GetAsync($"/api/funding/calls/{callId}/ranking")).ReadOkAsync<JsonElement>())
            .GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("proposalId").GetGuid()).ToList();
        Assert.Equal(proposals, ranked.Count);

        using var start = new SemaphoreSlim(0);
        var requests = ranked.Select(async id =>
        {
            var client = _api.Officer();
            await start.WaitAsync();
            return await client.PostAsJsonAsync($"/api/funding/proposals/{id}/award", new { });
        }).ToList();
        start.Release(proposals);
        var responses = await Task.WhenAll(requests);

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.OK));                // 6 × 150,000 = 900,000 ≤ 1,000,000
        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.Conflict));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("urn:piedmont:problem:budget-exhausted", (await refused.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        }
        var (committed, granted, grants) = await _api.Service.QueryAsync<FundingDbContext, (decimal, decimal, int)>(async db =>
            (await db.Calls.Where(c => c.Id == callId).Select(c => c.CommittedEur).FirstAsync(),
             await db.Grants.Where(g => g.CallId == callId).SumAsync(g => g.AmountEur),
             await db.Grants.CountAsync(g => g.CallId == callId)));
        Assert.Equal((900_000m, 900_000m, 6), (committed, granted, grants));

        // Several officers pressing "fund the ranking" at once: still within budget, no proposal funded twice.
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _api.Officer().PostAsync($"/api/funding/calls/{callId}/awards", null)));
        Assert.All(runs, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var after = await _api.Service.QueryAsync<FundingDbContext, (decimal, int, int)>(async db =>
            (await db.Calls.Where(c => c.Id == callId).Select(c => c.CommittedEur).FirstAsync(),
             await db.Grants.CountAsync(g => g.CallId == callId),
             await db.Grants.Where(g => g.CallId == callId).Select(g => g.ProposalId).Distinct().CountAsync()));
        Assert.Equal((900_000m, 6, 6), after);
    }

    [Fact]
    public async Task AwardRepeatedWithItsIdempotencyKeyIsMadeOnce()
    {
        var call = await RankedCallAsync(1, 1_000_000m, 100_000m, _ => (9, 9));
        var client = _api.Officer();
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var first = await (await client.PostAsync($"/api/funding/calls/{FundingApi.Id(call)}/awards", null)).ReadOkAsync<JsonElement>();
        var replay = await (await client.PostAsync($"/api/funding/calls/{FundingApi.Id(call)}/awards", null)).ReadOkAsync<JsonElement>();

        Assert.Equal((1, 1), (first.GetProperty("funded").GetInt32(), replay.GetProperty("funded").GetInt32()));
        var grants = await _api.Service.QueryAsync<FundingDbContext, int>(db => db.Grants.CountAsync(g => g.CallId == FundingApi.Id(call)));
        Assert.Equal(1, grants);
    }

    [Fact]
    public async Task AwardingAProposalTwiceAtOnceFundsItOnce()
    {
        var call = await RankedCallAsync(1, 1_000_000m, 100_000m, _ => (9, 9));
        var proposal = (await (await _api.Officer().GetAsync($"/api/funding/calls/{FundingApi.Id(call)}/ranking")).ReadOkAsync<JsonElement>())
            .GetProperty("lines")[0].GetProperty("proposalId").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _api.Officer().PostAsJsonAsync($"/api/funding/proposals/{proposal}/award", new { })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.True(r.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed, r.StatusCode.ToString()));
        var committed = await _api.Service.QueryAsync<FundingDbContext, decimal>(db => db.Calls.Where(c => c.Id == FundingApi.Id(call)).Select(c => (decimal)c.CommittedEur).FirstAsync());
        Assert.Equal(100_000m, committed);
    }
}
