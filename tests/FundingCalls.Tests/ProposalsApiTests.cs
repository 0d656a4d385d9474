using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

public class ProposalsApiTests(FundingFixture fixture) : IClassFixture<FundingFixture>
{
    private readonly FundingApi _api = fixture.Api;

    [Fact]
    public async Task EligibleSubmissionReturnsAReceiptAndIsAnnounced()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();

        var submitted = await _api.SubmittedAsync(FundingApi.Id(call), lead);

        var receipt = submitted.GetProperty("receipt");
        var proposal = submitted.GetProperty("proposal");
        Assert.True(submitted.GetProperty("eligible").GetBoolean());
        Assert.Equal(FundingApi.Id(proposal), receipt.GetProperty("proposalId").GetGuid());
        Assert.Equal(1, receipt.GetProperty("version").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", receipt.GetProperty("contentHash").GetString());
        Assert.Equal(TimeSpan.FromHours(1), receipt.GetProperty("submittedAt").GetDateTimeOffset().Offset);   // Rome, winter
        Assert.Equal("eligible", proposal.GetProperty("status").GetString());
        Assert.False(proposal.GetProperty("hasUnsubmittedChanges").GetBoolean());
        Assert.Equal(["proposal-submitted"], await _api.EventsMentioningAsync(FundingApi.Id(proposal).ToString()));
    }

    [Fact]
    public async Task ResubmissionReplacesThePreviousVersion()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();
        var first = await _api.SubmittedAsync(FundingApi.Id(call), lead);
        var id = FundingApi.Id(first.GetProperty("proposal"));

        var read = await _api.Applicant(lead).GetAsync($"/api/funding/proposals/{id}");
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/funding/proposals/{id}") { Content = JsonContent.Create(FundingApi.ProposalBody(requested: 150_000m)) };
        edit.Headers.IfMatch.ParseAdd(read.Headers.ETag!.Tag);
        var edited = await (await _api.Applicant(lead).SendAsync(edit)).ReadOkAsync<JsonElement>();
        Assert.True(edited.GetProperty("hasUnsubmittedChanges").GetBoolean());
        Assert.Equal(100_000m, edited.GetProperty("submitted").GetProperty("requestedGrantEur").GetDecimal());

        var second = await (await _api.SubmitAsync(id, lead)).ReadOkAsync<JsonElement>();

        Assert.Equal(2, second.GetProperty("receipt").GetProperty("version").GetInt32());
        Assert.NotEqual(first.GetProperty("receipt").GetProperty("contentHash").GetString(), second.GetProperty("receipt").GetProperty("contentHash").GetString());
        Assert.Equal(150_000m, second.GetProperty("proposal").GetProperty("submitted").GetProperty("requestedGrantEur").GetDecimal());
        Assert.Equal(["proposal-submitted", "proposal-submitted"], await _api.EventsMentioningAsync(id.ToString()));
    }

    [Fact]
    public async Task SubmissionOneSecondBeforeTheDeadlineIsAcceptedAndOneSecondAfterIsRefused()
    {
        var call = await _api.PublishedCallAsync();
        var deadline = call.GetProperty("deadlineAt").GetDateTimeOffset();
        var lead = await _api.OrganisationAsync();
        var id = FundingApi.Id(await _api.DraftProposalAsync(FundingApi.Id(call), lead));
        try
        {
            _api.Clock.Set(deadline.AddSeconds(-1));
            var inTime = await (await _api.SubmitAsync(id, lead)).ReadOkAsync<JsonElement>();
            Assert.True(inTime.GetProperty("receipt").GetProperty("submittedAt").GetDateTimeOffset() <= deadline);

            _api.Clock.Set(deadline.AddSeconds(1));
            var late = await (await _api.SubmitAsync(id, lead)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

            Assert.Equal("urn:piedmont:problem:deadline-passed", late.GetProperty("type").GetString());
            Assert.True(late.GetProperty("receivedAt").GetDateTimeOffset() > deadline);
            var after = await (await _api.Applicant(lead).GetAsync($"/api/funding/proposals/{id}")).ReadOkAsync<JsonElement>();
            Assert.Equal(1, after.GetProperty("receipt").GetProperty("version").GetInt32());
            Assert.Equal(["proposal-submitted"], await _api.EventsMentioningAsync(id.ToString()));
        }
        finally
        {
            _api.Clock.Reset();
        }
    }

    [Fact]
    public async Task IneligibleSubmissionSaysWhichRulesFail()
    {
        var call = await _api.PublishedCallAsync(b =>
        {
            b["endorsementRequired"] = true;
            b["consortium"] = new { minParticipants = 2, maxParticipants = 5, requiresSme = true };
        });
        var lead = await _api.OrganisationAsync(sizeClass: "large", clusters: "MESAP");
        var partner = await _api.OrganisationAsync(kind: "bank-foundation", sizeClass: "unknown");

        var submitted = await _api.SubmittedAsync(FundingApi.Id(call), lead, FundingApi.ProposalBody("MESAP", partners: (partner, 50_000m)));

        Assert.False(submitted.GetProperty("eligible").GetBoolean());
        var proposal = submitted.GetProperty("proposal");
        Assert.Equal("ineligible", proposal.GetProperty("status").GetString());
        var reasons = proposal.GetProperty("ineligibilityReasons").EnumerateArray().Select(r => (r.GetProperty("rule").GetString(), r.GetProperty("field").GetString())).ToList();
        Assert.Equal(
            [("size-class-not-eligible", "leadOrganisationId"), ("kind-not-eligible", "partners[0].organisationId"), ("sme-required", "partners"), ("endorsement-missing", "endorsingClusterCode")],
            reasons);
    }

    [Fact]
    public async Task EndorsementByTheNamedClustersManagerMakesTheProposalEligible()
    {
        var call = await _api.PublishedCallAsync(b => b["endorsementRequired"] = true);
        var lead = await _api.OrganisationAsync(clusters: "MESAP");
        var submitted = await _api.SubmittedAsync(FundingApi.Id(call), lead, FundingApi.ProposalBody("MESAP"));
        var id = FundingApi.Id(submitted.GetProperty("proposal"));
        Assert.Equal("ineligible", submitted.GetProperty("proposal").GetProperty("status").GetString());

        await (await _api.Manager("CLEVER").PostAsJsonAsync($"/api/funding/proposals/{id}/endorsement", new { note = "Not ours" })).ReadProblemAsync(HttpStatusCode.NotFound);
        var endorsed = await (await _api.Manager("MESAP").PostAsJsonAsync($"/api/funding/proposals/{id}/endorsement", new { note = "Strong fit" })).ReadOkAsync<JsonElement>();

        Assert.Equal("eligible", endorsed.GetProperty("status").GetString());
        Assert.Equal("MESAP", endorsed.GetProperty("endorsement").GetProperty("clusterCode").GetString());
        Assert.Empty(endorsed.GetProperty("ineligibilityReasons").EnumerateArray());
    }

    [Fact]
    public async Task AnotherOrganisationCannotSeeOrTouchAProposalEvenWithItsId()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();
        var stranger = await _api.OrganisationAsync();
        var id = FundingApi.Id(await _api.DraftProposalAsync(FundingApi.Id(call), lead));

        await (await _api.Applicant(stranger).GetAsync($"/api/funding/proposals/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _api.Applicant(stranger).PostAsync($"/api/funding/proposals/{id}/submit", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _api.Applicant(stranger).PostAsJsonAsync($"/api/funding/proposals/{id}/withdraw", new { reason = "mine now" })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _api.Manager("MESAP").GetAsync($"/api/funding/proposals/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var list = await (await _api.Applicant(stranger).GetAsync($"/api/funding/proposals?callId={FundingApi.Id(call)}")).ReadOkAsync<JsonElement>();
        Assert.Empty(list.GetProperty("items").EnumerateArray());
        var own = await (await _api.Applicant(lead).GetAsync($"/api/funding/proposals/{id}")).ReadOkAsync<JsonElement>();
        Assert.Equal("draft", own.GetProperty("status").GetString());
    }

    [Fact]
    public async Task PartnerReadsTheProposalButOnlyTheLeadChangesIt()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();
        var partner = await _api.OrganisationAsync(kind: "university", sizeClass: "unknown");
        var id = FundingApi.Id(await _api.DraftProposalAsync(FundingApi.Id(call), lead, FundingApi.ProposalBody(partners: (partner, 100_000m))));

        var read = await (await _api.Applicant(partner).GetAsync($"/api/funding/proposals/{id}")).ReadOkAsync<JsonElement>();
        var submit = await (await _api.Applicant(partner).PostAsync($"/api/funding/proposals/{id}/submit", null)).ReadProblemAsync(HttpStatusCode.Forbidden);

        var participants = read.GetProperty("content").GetProperty("participants").EnumerateArray().ToList();
        Assert.Equal([66.67m, 33.33m], participants.Select(p => p.GetProperty("sharePercent").GetDecimal()));
        Assert.Equal("urn:piedmont:problem:forbidden", submit.GetProperty("type").GetString());
    }

    [Fact]
    public async Task BadProposalIsRefusedNamingTheFieldAndNothingIsStored()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();
        var body = new { title = "x", summary = "Too short", prioritySystem = "SPACE", leadBudgetEur = -1m, requestedGrantEur = 10m, partners = new[] { new { organisationId = lead, budgetEur = 10m } } };

        var problem = await (await _api.Applicant(lead).PostAsJsonAsync($"/api/funding/calls/{FundingApi.Id(call)}/proposals", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Superset(new HashSet<string> { "title", "summary", "leadBudgetEur" }, problem.ErrorFields().ToHashSet());
        var list = await (await _api.Applicant(lead).GetAsync("/api/funding/proposals")).ReadOkAsync<JsonElement>();
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task LeadIsNotAlsoAPartner()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();

        var problem = await (await _api.Applicant(lead).PostAsJsonAsync($"/api/funding/calls/{FundingApi.Id(call)}/proposals", FundingApi.ProposalBody(partners: (lead, 10m)))).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["partners[0].organisationId"], problem.ErrorFields());
    }

    [Fact]
    public async Task OneLiveProposalPerLeadAndCall()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();
        await _api.DraftProposalAsync(FundingApi.Id(call), lead);

        var problem = await (await _api.Applicant(lead).PostAsJsonAsync($"/api/funding/calls/{FundingApi.Id(call)}/proposals", FundingApi.ProposalBody())).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("urn:piedmont:problem:proposal-already-exists", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task WithdrawingASubmittedProposalIsAnnounced()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();
        var id = FundingApi.Id((await _api.SubmittedAsync(FundingApi.Id(call), lead)).GetProperty("proposal"));

        var withdrawn = await (await _api.Applicant(lead).PostAsJsonAsync($"/api/funding/proposals/{id}/withdraw", new { reason = "Consortium dissolved" })).ReadOkAsync<JsonElement>();

        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(["proposal-submitted", "proposal-withdrawn"], await _api.EventsMentioningAsync(id.ToString()));
        await (await _api.SubmitAsync(id, lead)).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task SubmissionWithAnIdempotencyKeyIsMadeOnce()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();
        var id = FundingApi.Id(await _api.DraftProposalAsync(FundingApi.Id(call), lead));
        var client = _api.Applicant(lead);
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var first = await (await client.PostAsync($"/api/funding/proposals/{id}/submit", null)).ReadOkAsync<JsonElement>();
        var replay = await (await client.PostAsync($"/api/funding/proposals/{id}/submit", null)).ReadOkAsync<JsonElement>();

        Assert.Equal(1, replay.GetProperty("receipt").GetProperty("version").GetInt32());
        Assert.Equal(first.GetProperty("receipt").GetProperty("contentHash").GetString(), replay.GetProperty("receipt").GetProperty("contentHash").GetString());
        Assert.Equal(["proposal-submitted"], await _api.EventsMentioningAsync(id.ToString()));
    }
}
