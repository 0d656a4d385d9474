using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

/// <summary>The Business Accelerator API as the tests drive it: each test makes its own organisations, intakes and applications.</summary>
public sealed class AcceleratorApi(ServiceFactory<AcceleratorDbContext> service, TestClock clock)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public ServiceFactory<AcceleratorDbContext> Service => service;

    public TestClock Clock => clock;

    public HttpClient Anonymous() => service.CreateClient();

    public HttpClient Manager() => service.CreateClient().WithToken(Roles.AcceleratorManager, subject: "manager-1");

    public HttpClient Startup(Guid organisationId) => service.CreateClient().WithToken(Roles.OrganisationUser, organisationId);

    public HttpClient Reviewer(string subject) => service.CreateClient().WithToken(Roles.Evaluator, subject: subject);

    /// <summary>
    /// An organisation as the registry announces it (through the broker); returns once the
    /// accelerator's copy has it. By default an innovative start-up in Turin founded in 2023.
    /// </summary>
    public async Task<Guid> OrganisationAsync(string kind = "enterprise", string sizeClass = "micro", bool innovativeStartup = true, string province = "TO",
        DateOnly? foundedOn = null, string? name = null)
    {
        var id = Guid.NewGuid();
        var bus = service.Services.GetRequiredService<IBus>();
        await bus.Publish(new OrganisationRegistered(id, name ?? "Start-up " + id.ToString("N")[..8], TestData.VatNumber(), kind, province, DateTimeOffset.UtcNow, sizeClass,
            innovativeStartup, "62.01", ["GREEN_TECH"], foundedOn ?? new DateOnly(2023, 5, 10)));
        await Eventually.Until(() => service.QueryAsync<AcceleratorDbContext, bool>(db => db.Organisations.AnyAsync(o => o.OrganisationId == id)),
            Timeout, $"organisation {id} in the accelerator's copy");
        return id;
    }

    public static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>A valid intake, open from a day ago until a day from now by the service's clock; tests change what they need.</summary>
    public Dictionary<string, object?> IntakeBody(Guid provider, string? code = null)
    {
        var now = clock.GetUtcNow();
        return new Dictionary<string, object?>
        {
            ["code"] = code ?? "BA-T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            ["year"] = 2026,
            ["titleIt"] = "Business Accelerator 2026",
            ["titleEn"] = "Business Accelerator 2026",
            ["descriptionIt"] = "Accelerazione per start-up innovative",
            ["descriptionEn"] = "Acceleration for innovative start-ups",
            ["prioritySystems"] = new[] { "GREEN_TECH" },
            ["eligibility"] = new { kinds = new[] { "enterprise" }, innovativeStartupsOnly = false, foundedFrom = "2020-01-01", foundedTo = (string?)null, provinces = Array.Empty<string>() },
            ["opensAt"] = Instant(now.AddDays(-1)),
            ["deadlineAt"] = Instant(now.AddDays(1)),
            ["cohortCapacity"] = 3,
            ["serviceMonths"] = 4,
            ["services"] = new object[]
            {
                new { kind = "training", descriptionIt = "Formazione", descriptionEn = "Training", plannedHours = 20m },
                new { kind = "strategic-consulting", descriptionIt = "Consulenza", descriptionEn = "Consulting", plannedHours = 10m },
            },
            ["providerIds"] = new[] { provider },
            ["rubric"] = new[]
            {
                new { code = "team", nameIt = "Squadra", nameEn = "Team", weight = 2m },
                new { code = "market", nameIt = "Mercato", nameEn = "Market", weight = 1m },
            },
        };
    }

    /// <summary>Drafts and publishes an intake (with a fresh provider unless one is given); returns the published intake.</summary>
    public async Task<JsonElement> PublishedIntakeAsync(Action<Dictionary<string, object?>>? change = null, Guid? provider = null)
    {
        var body = IntakeBody(provider ?? await OrganisationAsync("research-body", "small", innovativeStartup: false));
        change?.Invoke(body);
        var draft = await (await Manager().PostAsJsonAsync("/api/accelerator/intakes", body)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        return await (await Manager().PostAsync($"/api/accelerator/intakes/{Id(draft)}/publish", null)).ReadOkAsync<JsonElement>();
    }

    public static object ApplicationBody(string prioritySystem = "GREEN_TECH", bool shareWithCeip = true, params Guid[] shareholders) => new
    {
        team = new[] { new { name = "Giulia Rossi", role = "CEO", fte = 1m, founder = true }, new { name = "Marco Bianchi", role = "CTO", fte = 0.8m, founder = true } },
        prioritySystem,
        stage = "mvp",
        pitchIt = "Compositi riciclati per l'automotive",
        pitchEn = "Recycled composites for automotive parts",
        traction = new { revenueEur = 120_000m, users = 40, fundingRaisedEur = 250_000m },
        targetCountries = new[] { "DE", "FR" },
        shareWithCeip,
        affiliations = shareholders.Select(s => new { organisationId = s, relation = "shareholder" }).ToArray(),
    };

    public async Task<JsonElement> DraftApplicationAsync(Guid intakeId, Guid organisationId, object? body = null) =>
        await (await Startup(organisationId).PostAsJsonAsync($"/api/accelerator/intakes/{intakeId}/applications", body ?? ApplicationBody())).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    public Task<HttpResponseMessage> SubmitAsync(Guid applicationId, Guid organisationId) => Startup(organisationId).PostAsync($"/api/accelerator/applications/{applicationId}/submit", null);

    /// <summary>A submitted application of a fresh start-up; returns (application id, organisation id).</summary>
    public async Task<(Guid Application, Guid Organisation)> SubmittedAsync(Guid intakeId, object? body = null)
    {
        var organisation = await OrganisationAsync();
        var draft = await DraftApplicationAsync(intakeId, organisation, body);
        await (await SubmitAsync(Id(draft), organisation)).ReadOkAsync<JsonElement>();
        return (Id(draft), organisation);
    }

    public async Task CloseAsync(Guid intakeId) =>
        await (await Manager().PostAsJsonAsync($"/api/accelerator/intakes/{intakeId}/close", new { reason = "Enough applications for this pilot year" })).ReadOkAsync<JsonElement>();

    public async Task ScreenEligibleAsync(Guid applicationId) =>
        await (await Manager().PostAsJsonAsync($"/api/accelerator/applications/{applicationId}/screening", new { eligible = true })).ReadOkAsync<JsonElement>();

    public Task<HttpResponseMessage> DecideAsync(Guid applicationId, string decision, string? reason = null) =>
        Manager().PostAsJsonAsync($"/api/accelerator/applications/{applicationId}/decision", new { decision, reason });

    /// <summary>An intake closed with <paramref name="count"/> applications screened eligible.</summary>
    public async Task<(JsonElement Intake, List<(Guid Application, Guid Organisation)> Applications)> InSelectionAsync(int count, Action<Dictionary<string, object?>>? change = null)
    {
        var intake = await PublishedIntakeAsync(change);
        var applications = new List<(Guid, Guid)>();
        for (var i = 0; i < count; i++)
        {
            applications.Add(await SubmittedAsync(Id(intake)));
        }
        await CloseAsync(Id(intake));
        foreach (var (application, _) in applications)
        {
            await ScreenEligibleAsync(application);
        }
        return (intake, applications);
    }

    public async Task<JsonElement> ApplicationAsync(Guid applicationId) =>
        await (await Manager().GetAsync($"/api/accelerator/applications/{applicationId}")).ReadOkAsync<JsonElement>();

    /// <summary>Message types (e.g. <c>intake-published</c>) of the outbox rows whose payload mentions <paramref name="text"/>, oldest first.</summary>
    public async Task<List<string>> EventsMentioningAsync(string text) =>
        (await PayloadsMentioningAsync(text)).Select(m => m.Type).ToList();

    public async Task<List<(string Type, JsonElement Message)>> PayloadsMentioningAsync(string text) =>
        (await service.QueryAsync<AcceleratorDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync()))
            .Where(m => m.Payload.Contains(text, StringComparison.Ordinal))
            .Select(m => (m.MessageType.Split(':')[^2], JsonDocument.Parse(m.Payload).RootElement.Clone()))
            .ToList();

    /// <summary>What a request could have changed: outbox rows and audit entries, counted.</summary>
    public Task<(int Events, int Audit)> ChangeCountsAsync() => service.ChangeCountsAsync<AcceleratorDbContext, AcceleratorDbContext>();

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    /// <summary>A problem's stable code: its type without the <c>urn:piedmont:problem:</c> prefix.</summary>
    public static string Code(JsonElement problem) => problem.GetProperty("type").GetString()!.Replace("urn:piedmont:problem:", "", StringComparison.Ordinal);
}
