using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>
/// The funding flow through the gateway, with every service a process: an officer publishes a
/// call, an SME registered in the registry and endorsed by its cluster submits before the deadline
/// (even when its request waits behind the gateway across the deadline; a late one is refused), an evaluator scores it, the officer awards it within budget, and
/// the registry's projects register shows the project.
/// </summary>
[Collection(PlatformTestGroup.Name)]
public class FundingEndToEndTests(PlatformFixture platform)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private HttpClient As(string role, Guid? organisation = null, string? cluster = null, string? subject = null) =>
        platform.CreateClient().WithToken(role, organisation, cluster, subject);

    [Fact]
    public async Task CallToGrantToProjectsRegister()
    {
        // An SME registers in the registry and joins CLEVER; funding learns both from the registry's events.
        var sme = await (await As(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations", new
        {
            legalName = "Composites E2E " + Guid.NewGuid().ToString("N")[..8],
            vatNumber = TestData.VatNumber(),
            kind = "enterprise",
            province = "TO",
            headcount = 14,
            turnoverEur = 1_800_000m,
            prioritySystems = new[] { "GREEN_TECH" },
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var smeId = sme.GetProperty("id").GetGuid();
        Assert.Equal("small", sme.GetProperty("sizeClass").GetString());
        var applicant = As(Roles.OrganisationUser, smeId);
        var membership = await (await applicant.PostAsJsonAsync($"/api/registry/organisations/{smeId}/memberships", new { clusterCode = "CLEVER" })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var manager = As(Roles.ClusterManager, cluster: "CLEVER");
        await (await manager.PostAsJsonAsync($"/api/registry/memberships/{membership.GetProperty("id").GetGuid()}/approve", new { note = "welcome" })).ReadOkAsync<JsonElement>();
        var officer = As(Roles.RegionalOfficer);
        await Eventually.Until(() => officer.GetAsync($"/api/funding/applicants/{smeId}"), r => r.StatusCode == HttpStatusCode.OK, Timeout, "funding to know the SME");

        var expert = "expert-e2e-" + Guid.NewGuid().ToString("N")[..6];
        await (await officer.PostAsJsonAsync("/api/funding/evaluators", new { subject = expert, name = "Dr. Expert", email = "expert@example.org", organisationId = Guid.NewGuid() }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        // The officer publishes a call that closes half a minute from now (the services' real clock):
        // six requests must fit before it, on a CI machine whose two cores also run other test assemblies.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        var code = "E2E-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var draft = await (await officer.PostAsJsonAsync("/api/funding/calls", new
        {
            code,
            titleIt = "Bando E2E", titleEn = "E2E call", textIt = "Testo", textEn = "Text",
            instrument = "collaborative-rd-project",
            eligibleKinds = new[] { "enterprise" },
            eligibleSizeClasses = new[] { "micro", "small", "medium" },
            eligiblePrioritySystems = new[] { "GREEN_TECH" },
            endorsementRequired = true,
            consortium = new { minParticipants = 1, maxParticipants = 3, requiresSme = true },
            minGrantEur = 10_000m, maxGrantEur = 200_000m, budgetEur = 500_000m,
            opensAt = Instant(DateTimeOffset.UtcNow.AddHours(-1)),
            deadlineAt = Instant(deadline),
            criteria = new[] { new { code = "quality", nameIt = "Qualità", nameEn = "Quality", weight = 100m, maxScore = 10m, threshold = 6m } },
            passThreshold = 60m,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var callId = draft.GetProperty("id").GetGuid();
        var published = await (await officer.PostAsync($"/api/funding/calls/{callId}/publish", null)).ReadOkAsync<JsonElement>();
        Assert.Equal("open", published.GetProperty("status").GetString());

        // The SME drafts, CLEVER endorses, the SME submits in time.
        var proposal = await (await applicant.PostAsJsonAsync($"/api/funding/calls/{callId}/proposals", new
        {
            title = "Recycled composites for e-bikes", summary = "Recycling carbon-fibre composites into e-bike frames.",
            prioritySystem = "GREEN_TECH", components = new[] { "GREEN" }, endorsingClusterCode = "CLEVER",
            leadBudgetEur = 240_000m, partners = Array.Empty<object>(), requestedGrantEur = 120_000m,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var proposalId = proposal.GetProperty("id").GetGuid();
        await (await manager.PostAsJsonAsync($"/api/funding/proposals/{proposalId}/endorsement", new { note = "Core to our roadmap" })).ReadOkAsync<JsonElement>();

        // The SME submits two seconds before the deadline while the funding service is frozen
        // (SIGSTOP) until two seconds after it: the request waits behind the gateway, which stamped
        // the instant it arrived, so the submission counts and its receipt shows that instant.
        var deadlineAt = published.GetProperty("deadlineAt").GetDateTimeOffset();
        await WaitUntilAsync(deadlineAt.AddSeconds(-2));
        var funding = platform.Processes.ProcessIdOf(ResourceNames.FundingCalls)!.Value;
        Task<HttpResponseMessage> submitting;
        await SignalAsync(funding, "STOP");
        try
        {
            submitting = applicant.PostAsync($"/api/funding/proposals/{proposalId}/submit", null);
            await WaitUntilAsync(deadlineAt.AddSeconds(2));
        }
        finally
        {
            await SignalAsync(funding, "CONT");
        }
        var submitted = await (await submitting).ReadOkAsync<JsonElement>();
        Assert.True(submitted.GetProperty("eligible").GetBoolean(), submitted.ToString());
        Assert.InRange(submitted.GetProperty("receipt").GetProperty("submittedAt").GetDateTimeOffset(), deadlineAt.AddSeconds(-3), deadlineAt);

        // After the deadline, a re-submission is refused.
        await Eventually.Until(async () => (await (await platform.CreateClient().GetAsync($"/api/funding/calls/{callId}")).ReadOkAsync<JsonElement>()).GetProperty("status").GetString(),
            s => s == "closed", Timeout, "the deadline to pass");
        var late = await (await applicant.PostAsync($"/api/funding/proposals/{proposalId}/submit", null)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:piedmont:problem:deadline-passed", late.GetProperty("type").GetString());

        // Evaluation: assign, score, rank; award within budget.
        await (await officer.PostAsync($"/api/funding/calls/{callId}/evaluation/start", null)).ReadOkAsync<JsonElement>();
        var evaluators = await (await officer.GetAsync("/api/funding/evaluators")).ReadOkAsync<JsonElement>();
        var evaluatorId = evaluators.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("subject").GetString() == expert).GetProperty("id").GetGuid();
        await (await officer.PostAsJsonAsync($"/api/funding/proposals/{proposalId}/assignments", new { evaluatorId })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        await (await As(Roles.Evaluator, subject: expert).PutAsJsonAsync($"/api/funding/proposals/{proposalId}/scores",
            new { scores = new[] { new { criterion = "quality", score = 8.5m, comment = "Credible plan and market." } } })).ReadOkAsync<JsonElement>();
        await (await officer.PostAsync($"/api/funding/calls/{callId}/evaluation/complete", null)).ReadOkAsync<JsonElement>();
        var awards = await (await officer.PostAsync($"/api/funding/calls/{callId}/awards", null)).ReadOkAsync<JsonElement>();
        Assert.Equal(1, awards.GetProperty("funded").GetInt32());
        Assert.Equal(120_000m, awards.GetProperty("committedEur").GetDecimal());
        var funded = await (await applicant.GetAsync($"/api/funding/proposals/{proposalId}")).ReadOkAsync<JsonElement>();
        Assert.Equal(60_000m, funded.GetProperty("grant").GetProperty("euShareEur").GetDecimal());

        // The registry's projects register shows the project, with the endorsing cluster.
        var project = await Eventually.Until(
            async () => (await (await platform.CreateClient().GetAsync("/api/registry/projects?cluster=CLEVER&limit=200")).ReadOkAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().FirstOrDefault(p => p.GetProperty("leadOrganisationId").GetGuid() == smeId),
            p => p.ValueKind == JsonValueKind.Object, Timeout, "the project in the registry");
        Assert.Equal("Recycled composites for e-bikes", project.GetProperty("title").GetString());
        Assert.Equal(120_000m, project.GetProperty("amountEur").GetDecimal());
    }

    private static async Task WaitUntilAsync(DateTimeOffset instant)
    {
        var wait = instant - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private static async Task SignalAsync(int processId, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", processId.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
