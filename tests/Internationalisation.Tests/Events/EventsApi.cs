using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Events;

/// <summary>International events as the tests drive them: each test makes its own events and organisations.</summary>
public sealed class EventsApi(ServiceFactory<InternationalisationDbContext> service, TestClock clock)
{
    public const string Events = "/api/internationalisation/events";

    public ServiceFactory<InternationalisationDbContext> Service => service;

    public TestClock Clock => clock;

    public HttpClient Anonymous() => service.CreateClient();

    public HttpClient Officer() => service.CreateClient().WithToken(Roles.CeipOfficer, subject: "ceip-officer-1");

    public HttpClient Organisation(Guid organisationId) => service.CreateClient().WithToken(Roles.OrganisationUser, organisationId);

    public HttpClient ClusterManager() => service.CreateClient().WithToken(Roles.ClusterManager, clusterCode: "MESAP", subject: "manager-1");

    public HttpClient WrongRole() => service.CreateClient().WithToken(Roles.Evaluator, subject: "evaluator-1");

    public static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>A valid B2B day in Berlin, 09:00–17:00 local a month from the service's clock, registration open for a week.</summary>
    public Dictionary<string, object?> EventBody(int capacity = 10, string kind = "b2b-day")
    {
        var day = clock.GetUtcNow().AddDays(30);
        return new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["titleIt"] = "Giornata B2B Berlino",
            ["titleEn"] = "Berlin B2B day",
            ["country"] = "DE",
            ["city"] = "Berlin",
            ["timeZone"] = "Europe/Berlin",
            ["startsAt"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:00",
            ["endsAt"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T17:00",
            ["prioritySystems"] = new[] { "MANUFACTURING" },
            ["capacity"] = capacity,
            ["registrationDeadline"] = Instant(clock.GetUtcNow().AddDays(7)),
            ["feeEur"] = 150m,
        };
    }

    public async Task<JsonElement> DraftAsync(Dictionary<string, object?> body) =>
        await (await Officer().PostAsJsonAsync(Events, body)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    /// <summary>Drafts and publishes an event; returns its id.</summary>
    public async Task<Guid> PublishedAsync(Dictionary<string, object?> body)
    {
        var id = Id(await DraftAsync(body));
        await (await Officer().PostAsync($"{Events}/{id}/publish", null)).ReadOkAsync<JsonElement>();
        return id;
    }

    public async Task<HttpResponseMessage> RegisterAsync(Guid eventId, Guid organisationId) =>
        await Organisation(organisationId).PostAsync($"{Events}/{eventId}/registrations", null);

    public async Task<JsonElement> EventAsync(Guid eventId) =>
        await (await Anonymous().GetAsync($"{Events}/{eventId}")).ReadOkAsync<JsonElement>();

    /// <summary>Message types (e.g. <c>event-registration-confirmed</c>) of the outbox rows whose payload mentions <paramref name="text"/>, oldest first.</summary>
    public Task<List<string>> EventsMentioningAsync(string text) => service.EventsMentioningAsync<InternationalisationDbContext, InternationalisationDbContext>(text);

    /// <summary>What a request could have changed: outbox rows and audit entries, counted.</summary>
    public Task<(int Events, int Audit)> ChangeCountsAsync() => service.ChangeCountsAsync<InternationalisationDbContext, InternationalisationDbContext>();

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    /// <summary>A problem's stable code: its type without the <c>urn:piedmont:problem:</c> prefix.</summary>
    public static string Code(JsonElement problem) => problem.GetProperty("type").GetString()!.Replace("urn:piedmont:problem:", "", StringComparison.Ordinal);
}
