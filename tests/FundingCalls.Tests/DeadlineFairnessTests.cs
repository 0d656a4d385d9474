using System.Net;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

/// <summary>
/// The deadline is judged on when the gateway received a submission, not on when the service got
/// round to it: a request stamped before the deadline that waited in a queue still counts, and a
/// stamp the service cannot verify is ignored.
/// </summary>
public class DeadlineFairnessTests(FundingFixture fixture) : IClassFixture<FundingFixture>
{
    private readonly FundingApi _api = fixture.Api;

    [Fact]
    public async Task SubmissionReceivedBeforeTheDeadlineButHandledAfterItIsAcceptedWithTheReceiptTime()
    {
        var (deadline, lead, id) = await DraftBeforeDeadlineAsync();
        try
        {
            var receivedAt = deadline.AddSeconds(-1);
            _api.Clock.Set(deadline.AddSeconds(4));   // the request waited five seconds behind the gateway

            var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/funding/proposals/{id}/submit").StampedAt(receivedAt);
            var accepted = await (await _api.Applicant(lead).SendAsync(submit)).ReadOkAsync<JsonElement>();

            var receipt = accepted.GetProperty("receipt");
            Assert.Equal(receivedAt, receipt.GetProperty("submittedAt").GetDateTimeOffset());
            Assert.Equal(["proposal-submitted"], await _api.EventsMentioningAsync(id.ToString()));
        }
        finally
        {
            _api.Clock.Reset();
        }
    }

    [Fact]
    public async Task StampSignedWithAnotherKeyIsIgnoredAndTheServiceClockDecides()
    {
        var (deadline, lead, id) = await DraftBeforeDeadlineAsync();
        try
        {
            _api.Clock.Set(deadline.AddSeconds(4));

            var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/funding/proposals/{id}/submit")
                .StampedAt(deadline.AddSeconds(-1), key: "a-client-who-guessed-the-header-names-0123");
            var late = await (await _api.Applicant(lead).SendAsync(forged)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

            Assert.Equal("urn:piedmont:problem:deadline-passed", late.GetProperty("type").GetString());
            Assert.True(late.GetProperty("receivedAt").GetDateTimeOffset() > deadline);
            Assert.Empty(await _api.EventsMentioningAsync(id.ToString()));
        }
        finally
        {
            _api.Clock.Reset();
        }
    }

    [Fact]
    public async Task StampForAnotherPathIsIgnored()
    {
        var (deadline, lead, id) = await DraftBeforeDeadlineAsync();
        try
        {
            _api.Clock.Set(deadline.AddSeconds(4));
            var stamped = new HttpRequestMessage(HttpMethod.Post, $"/api/funding/proposals/{Guid.NewGuid()}/submit").StampedAt(deadline.AddSeconds(-1));
            var replayed = new HttpRequestMessage(HttpMethod.Post, $"/api/funding/proposals/{id}/submit");
            foreach (var header in stamped.Headers)
            {
                replayed.Headers.Add(header.Key, header.Value);
            }

            var late = await (await _api.Applicant(lead).SendAsync(replayed)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

            Assert.Equal("urn:piedmont:problem:deadline-passed", late.GetProperty("type").GetString());
        }
        finally
        {
            _api.Clock.Reset();
        }
    }

    private async Task<(DateTimeOffset Deadline, Guid Lead, Guid ProposalId)> DraftBeforeDeadlineAsync()
    {
        var call = await _api.PublishedCallAsync();
        var lead = await _api.OrganisationAsync();
        var id = FundingApi.Id(await _api.DraftProposalAsync(FundingApi.Id(call), lead));
        return (call.GetProperty("deadlineAt").GetDateTimeOffset(), lead, id);
    }
}
