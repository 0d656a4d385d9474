using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;
using RabbitMQ.Client;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>
/// The Business Accelerator through the gateway, every service a process: a start-up registers in
/// the registry, applies to an intake (the accelerator knows it from the registry's events), is
/// admitted, and a partner system subscribed to the admission event (as the internationalisation
/// service is) receives it with the start-up's international ambitions, and CEIP's queue shows the
/// liaison request the internationalisation service opened from it.
/// </summary>
[Collection(PlatformTestGroup.Name)]
public class AcceleratorEndToEndTests(PlatformFixture platform)
{
    private const string AdmittedExchange = "piedmont.accelerator.startup-admitted.v1";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private HttpClient As(string role, Guid? organisation = null, string? subject = null) => platform.CreateClient().WithToken(role, organisation, subject: subject);

    [Fact]
    public async Task RegistryStartupToApplicationToAdmissionToPartnerEvent()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(platform.Broker.AmqpUri) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(AdmittedExchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync("partner-ceip-e2e", durable: true, exclusive: false, autoDelete: false)).QueueName;
        await channel.QueueBindAsync(queue, AdmittedExchange, routingKey: "");

        var startup = await RegisterAsync("Recycled Composites E2E", "enterprise", innovativeStartup: true, headcount: 4);
        var university = await RegisterAsync("Incubatore Universitario E2E", "university", innovativeStartup: false, headcount: 900);
        var manager = As(Roles.AcceleratorManager, subject: "manager-e2e");
        foreach (var organisation in new[] { startup, university })
        {
            await Eventually.Until(() => manager.GetAsync($"/api/accelerator/candidates/{organisation}"), r => r.StatusCode == HttpStatusCode.OK, Timeout, "the accelerator to know the organisation");
        }

        var now = DateTimeOffset.UtcNow;
        var draft = await (await manager.PostAsJsonAsync("/api/accelerator/intakes", new
        {
            code = "BA-E2E-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            year = 2026,
            titleIt = "Accelerazione E2E", titleEn = "E2E acceleration", descriptionIt = "Prova", descriptionEn = "Test",
            prioritySystems = new[] { "GREEN_TECH" },
            eligibility = new { kinds = new[] { "enterprise" }, innovativeStartupsOnly = true, foundedFrom = "2020-01-01" },
            opensAt = Instant(now.AddHours(-1)), deadlineAt = Instant(now.AddHours(1)),
            cohortCapacity = 10, serviceMonths = 6,
            services = new[] { new { kind = "training", descriptionIt = "Formazione", descriptionEn = "Training", plannedHours = 40m } },
            providerIds = new[] { university },
            rubric = new[] { new { code = "team", nameIt = "Squadra", nameEn = "Team", weight = 1m } },
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var intakeId = draft.GetProperty("id").GetGuid();
        var published = await (await manager.PostAsync($"/api/accelerator/intakes/{intakeId}/publish", null)).ReadOkAsync<JsonElement>();
        Assert.Equal("open", published.GetProperty("status").GetString());

        var founder = As(Roles.OrganisationUser, startup);
        var application = await (await founder.PostAsJsonAsync($"/api/accelerator/intakes/{intakeId}/applications", new
        {
            team = new[] { new { name = "Giulia Rossi", role = "CEO", fte = 1m, founder = true } },
            prioritySystem = "GREEN_TECH", stage = "mvp",
            pitchEn = "Recycled carbon fibre for e-bike frames",
            traction = new { revenueEur = 50_000m, users = 12, fundingRaisedEur = 100_000m },
            targetCountries = new[] { "DE", "AT" }, shareWithCeip = true,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var applicationId = application.GetProperty("id").GetGuid();
        var submitted = await (await founder.PostAsync($"/api/accelerator/applications/{applicationId}/submit", null)).ReadOkAsync<JsonElement>();
        Assert.True(submitted.GetProperty("eligible").GetBoolean(), submitted.GetRawText());

        await (await manager.PostAsJsonAsync($"/api/accelerator/intakes/{intakeId}/close", new { reason = "End-to-end test closes early" })).ReadOkAsync<JsonElement>();
        await (await manager.PostAsJsonAsync($"/api/accelerator/applications/{applicationId}/screening", new { eligible = true })).ReadOkAsync<JsonElement>();
        var admitted = await (await manager.PostAsJsonAsync($"/api/accelerator/applications/{applicationId}/decision", new { decision = "admitted" })).ReadOkAsync<JsonElement>();
        Assert.Equal("admitted", admitted.GetProperty("status").GetString());

        var message = await Eventually.Until(async () =>
        {
            var delivery = await channel.BasicGetAsync(queue, autoAck: true);
            return delivery is null ? (JsonElement?)null : JsonDocument.Parse(delivery.Body).RootElement.GetProperty("message").Clone();
        }, m => m is not null, Timeout, "the startup-admitted event in the partner's queue");
        Assert.Equal(startup, message!.Value.GetProperty("organisationId").GetGuid());
        Assert.Equal("Recycled Composites E2E", message.Value.GetProperty("legalName").GetString()![..23]);
        Assert.Equal(["DE", "AT"], message.Value.GetProperty("targetCountries").EnumerateArray().Select(c => c.GetString()!).ToArray());

        // CEIP's liaison service heard the same event: a foreign-market-entry request referred by the accelerator, once.
        var ceip = As(Roles.CeipOfficer, subject: "ceip-e2e");
        var referred = await Eventually.Until(
            async () => await (await ceip.GetAsync("/api/internationalisation/liaison-requests?limit=200")).ReadOkAsync<JsonElement>(),
            page => page.GetProperty("items").EnumerateArray().Any(r => r.GetProperty("organisationId").GetGuid() == startup), Timeout, "the referral in CEIP's queue");
        var request = referred.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("organisationId").GetGuid() == startup);
        Assert.Equal(("accelerator", "foreign-market-entry"), (request.GetProperty("source").GetString(), request.GetProperty("kind").GetString()));
        Assert.Equal(["DE", "AT"], request.GetProperty("targetCountries").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    private async Task<Guid> RegisterAsync(string name, string kind, bool innovativeStartup, int headcount)
    {
        var created = await (await As(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations", new
        {
            legalName = name + " " + Guid.NewGuid().ToString("N")[..6],
            vatNumber = TestData.VatNumber(),
            kind,
            province = "TO",
            foundedOn = "2022-03-01",
            innovativeStartup,
            headcount,
            turnoverEur = 300_000m,
            prioritySystems = new[] { "GREEN_TECH" },
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
