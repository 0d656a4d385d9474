using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

/// <summary>
/// U+0000 anywhere in a request (PostgreSQL cannot store it in text) is a validation problem
/// naming the field, never a 500, and changes nothing: no row, no event, no audit entry.
/// </summary>
public class NulCharacterTests(FundingFixture fixture) : IClassFixture<FundingFixture>
{
    private readonly FundingApi _api = fixture.Api;

    [Theory]
    [InlineData("/api/funding/audit?entityType=%00", "entityType")]
    [InlineData("/api/funding/audit?entityId=x%00", "entityId")]
    public async Task NulInAQueryValueIsAValidationProblemNamingIt(string url, string field)
    {
        var response = await _api.Officer().GetAsync(url);

        await AssertNulProblemAsync(response, field);
    }

    [Fact]
    public async Task NulInAnEvaluatorSubjectRegistersNoEvaluator()
    {
        var subject = "expert-" + Guid.NewGuid().ToString("N")[..8];
        var before = await _api.ChangeCountsAsync();

        var response = await _api.Officer().PostAsJsonAsync("/api/funding/evaluators", new
        {
            subject = subject + "\0", name = "Expert", email = $"{subject}@example.org",
        });

        await AssertNulProblemAsync(response, "subject");
        Assert.Equal(0, await fixture.Service.QueryAsync<FundingDbContext, int>(db => db.Evaluators.CountAsync(e => e.Subject.StartsWith(subject))));
        Assert.Equal(before, await _api.ChangeCountsAsync());
    }

    [Fact]
    public async Task NulInACallTitleDraftsNoCall()
    {
        var body = _api.CallBody();
        body["titleIt"] = "Bando\0 di prova";
        var code = (string)body["code"]!;

        var response = await _api.Officer().PostAsJsonAsync("/api/funding/calls", body);

        await AssertNulProblemAsync(response, "titleIt");
        Assert.Equal(0, await fixture.Service.QueryAsync<FundingDbContext, int>(db => db.Calls.CountAsync(c => c.Code == code)));
    }

    [Fact]
    public async Task NulInACriterionIsNamedByItsPositionInTheBody()
    {
        var body = _api.CallBody();
        body["criteria"] = new[]
        {
            new { code = "quality", nameIt = "Qualità", nameEn = "Quality", weight = 60m, maxScore = 10m, threshold = 6m },
            new { code = "impact", nameIt = "Impatto", nameEn = "Imp\0act", weight = 40m, maxScore = 10m, threshold = 0m },
        };

        var response = await _api.Officer().PostAsJsonAsync("/api/funding/calls", body);

        await AssertNulProblemAsync(response, "criteria[1].nameEn");
    }

    private static async Task AssertNulProblemAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("urn:piedmont:problem:validation", problem.GetProperty("type").GetString());
        Assert.Contains("NUL", problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }
}
