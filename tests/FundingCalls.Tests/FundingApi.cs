using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Contracts;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

/// <summary>The funding API as the tests drive it: each call makes its own organisations, calls and proposals.</summary>
public sealed class FundingApi(ServiceFactory<FundingDbContext> service, TestClock clock)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public ServiceFactory<FundingDbContext> Service => service;

    public TestClock Clock => clock;

    public HttpClient Anonymous() => service.CreateClient();

    public HttpClient Officer() => service.CreateClient().WithToken(Roles.RegionalOfficer);

    public HttpClient Applicant(Guid organisationId) => service.CreateClient().WithToken(Roles.OrganisationUser, organisationId);

    public HttpClient Manager(string clusterCode) => service.CreateClient().WithToken(Roles.ClusterManager, clusterCode: clusterCode);

    public HttpClient Evaluator(string subject) => service.CreateClient().WithToken(Roles.Evaluator, subject: subject);

    /// <summary>
    /// An organisation as the registry announces it (through the broker), active member of the given
    /// clusters; returns once the funding service's copy has it.
    /// </summary>
    public async Task<Guid> OrganisationAsync(string kind = "enterprise", string sizeClass = "small", params string[] clusters)
    {
        var id = Guid.NewGuid();
        var bus = service.Services.GetRequiredService<IBus>();
        var now = DateTimeOffset.UtcNow;
        await bus.Publish(new OrganisationRegistered(id, "Applicant " + id.ToString("N")[..8], TestData.VatNumber(), kind, "TO", now, sizeClass));
        foreach (var cluster in clusters)
        {
            await bus.Publish(new MembershipApproved(Guid.NewGuid(), id, Guid.NewGuid(), cluster, now));
        }
        await Eventually.Until(
            () => service.QueryAsync<FundingDbContext, bool>(async db =>
                await db.Organisations.AnyAsync(o => o.OrganisationId == id) && await db.Memberships.CountAsync(m => m.OrganisationId == id) == clusters.Length),
            Timeout, $"organisation {id} in the funding copy");
        return id;
    }

    public static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>A valid call body, open from a day ago until a day from now by the service's clock; tests change what they need.</summary>
    public Dictionary<string, object?> CallBody(string? code = null)
    {
        var now = clock.GetUtcNow();
        return new Dictionary<string, object?>
        {
            ["code"] = code ?? "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            ["titleIt"] = "Bando di prova",
            ["titleEn"] = "Test call",
            ["textIt"] = "Testo del bando",
            ["textEn"] = "Text of the call",
            ["instrument"] = "collaborative-rd-project",
            ["eligibleKinds"] = new[] { "enterprise", "university" },
            ["eligibleSizeClasses"] = new[] { "micro", "small", "medium" },
            ["eligiblePrioritySystems"] = new[] { "GREEN_TECH", "MANUFACTURING" },
            ["eligibleComponents"] = Array.Empty<string>(),
            ["endorsementRequired"] = false,
            ["consortium"] = new { minParticipants = 1, maxParticipants = 5, requiresSme = true },
            ["minGrantEur"] = 10_000m,
            ["maxGrantEur"] = 300_000m,
            ["budgetEur"] = 1_000_000m,
            ["opensAt"] = Instant(now.AddDays(-1)),
            ["deadlineAt"] = Instant(now.AddDays(1)),
            ["criteria"] = new[]
            {
                new { code = "quality", nameIt = "Qualità", nameEn = "Quality", weight = 60m, maxScore = 10m, threshold = 6m },
                new { code = "impact", nameIt = "Impatto", nameEn = "Impact", weight = 40m, maxScore = 10m, threshold = 0m },
            },
            ["passThreshold"] = 60m,
        };
    }

    public async Task<JsonElement> DraftCallAsync(Dictionary<string, object?> body) =>
        await (await Officer().PostAsJsonAsync("/api/funding/calls", body)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    /// <summary>Drafts and publishes a call; returns the published call.</summary>
    public async Task<JsonElement> PublishedCallAsync(Action<Dictionary<string, object?>>? change = null)
    {
        var body = CallBody();
        change?.Invoke(body);
        var draft = await DraftCallAsync(body);
        return await (await Officer().PostAsync($"/api/funding/calls/{Id(draft)}/publish", null)).ReadOkAsync<JsonElement>();
    }

    public static object ProposalBody(string? cluster = null, decimal requested = 100_000m, string prioritySystem = "GREEN_TECH", params (Guid Id, decimal Budget)[] partners) => new
    {
        title = "Recycled composites " + Guid.NewGuid().ToString("N")[..6],
        summary = "Recycling carbon-fibre composites for automotive parts.",
        prioritySystem,
        components = new[] { "GREEN" },
        endorsingClusterCode = cluster,
        leadBudgetEur = 200_000m,
        partners = partners.Select(p => new { organisationId = p.Id, budgetEur = p.Budget }).ToArray(),
        requestedGrantEur = requested,
    };

    public async Task<JsonElement> DraftProposalAsync(Guid callId, Guid lead, object? body = null) =>
        await (await Applicant(lead).PostAsJsonAsync($"/api/funding/calls/{callId}/proposals", body ?? ProposalBody())).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    public Task<HttpResponseMessage> SubmitAsync(Guid proposalId, Guid lead) => Applicant(lead).PostAsync($"/api/funding/proposals/{proposalId}/submit", null);

    public async Task<JsonElement> SubmittedAsync(Guid callId, Guid lead, object? body = null)
    {
        var draft = await DraftProposalAsync(callId, lead, body);
        return await (await SubmitAsync(Id(draft), lead)).ReadOkAsync<JsonElement>();
    }

    public async Task<Guid> EvaluatorAsync(string subject, Guid? organisationId = null)
    {
        var response = await Officer().PostAsJsonAsync("/api/funding/evaluators", new { subject, name = "Expert " + subject, email = $"{subject}@example.org", organisationId });
        return Id(await response.ReadOkAsync<JsonElement>(HttpStatusCode.Created));
    }

    public Task<HttpResponseMessage> ScoreAsync(string evaluator, Guid proposalId, decimal quality, decimal impact) =>
        Evaluator(evaluator).PutAsJsonAsync($"/api/funding/proposals/{proposalId}/scores", new
        {
            scores = new[] { new { criterion = "quality", score = quality, comment = "Sound method." }, new { criterion = "impact", score = impact, comment = "Clear market." } },
        });

    /// <summary>Moves the service's clock past the call's deadline and puts the call under evaluation.</summary>
    public async Task CloseAndStartEvaluationAsync(JsonElement call)
    {
        clock.Set(call.GetProperty("deadlineAt").GetDateTimeOffset().AddSeconds(1));
        await (await Officer().PostAsync($"/api/funding/calls/{Id(call)}/evaluation/start", null)).ReadOkAsync<JsonElement>();
    }

    /// <summary>Message types (e.g. <c>call-published</c>) of the outbox rows whose payload mentions <paramref name="text"/>, oldest first.</summary>
    public Task<List<string>> EventsMentioningAsync(string text) => service.EventsMentioningAsync<FundingDbContext, FundingDbContext>(text);

    /// <summary>What a request could have changed: outbox rows and audit entries, counted.</summary>
    public Task<(int Events, int Audit)> ChangeCountsAsync() => service.ChangeCountsAsync<FundingDbContext, FundingDbContext>();

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
