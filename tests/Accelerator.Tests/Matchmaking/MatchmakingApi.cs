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
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests.Matchmaking;

/// <summary>Meet the corporates as the tests drive it: each call makes its own organisations, buyers and sessions.</summary>
public sealed class MatchmakingApi(ServiceFactory<AcceleratorDbContext> service, TestClock clock)
{
    public const string Base = "/api/accelerator/matchmaking";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public ServiceFactory<AcceleratorDbContext> Service => service;

    public TestClock Clock => clock;

    public HttpClient Anonymous() => service.CreateClient();

    public HttpClient Manager() => service.CreateClient().WithToken(Roles.AcceleratorManager);

    /// <summary>An organisation user of <paramref name="organisationId"/> (a start-up, or a buyer's user when it is a buyer's organisation id).</summary>
    public HttpClient User(Guid organisationId) => service.CreateClient().WithToken(Roles.OrganisationUser, organisationId);

    public HttpClient BuyerUser(JsonElement buyer) => User(buyer.GetProperty("organisationId").GetGuid());

    /// <summary>
    /// An organisation as the registry announces it (through the broker); returns once the
    /// accelerator's copy has it. By default an eligible start-up: a small enterprise in Turin working in green tech.
    /// </summary>
    public async Task<Guid> OrganisationAsync(string kind = "enterprise", string sizeClass = "small", bool innovativeStartup = false, string province = "TO",
        params string[] prioritySystems)
    {
        var id = Guid.NewGuid();
        var bus = service.Services.GetRequiredService<IBus>();
        await bus.Publish(new OrganisationRegistered(id, "Start-up " + id.ToString("N")[..8], TestData.VatNumber(), kind, province, DateTimeOffset.UtcNow,
            sizeClass, innovativeStartup, null, prioritySystems.Length == 0 ? ["GREEN_TECH"] : prioritySystems));
        await Eventually.Until(() => service.QueryAsync<AcceleratorDbContext, bool>(db => db.Organisations.AnyAsync(o => o.OrganisationId == id)),
            Timeout, $"organisation {id} in the accelerator's copy");
        return id;
    }

    public async Task<JsonElement> BuyerAsync(string country = "IT", string region = "Piemonte", string? name = null) =>
        await (await Manager().PostAsJsonAsync($"{Base}/buyers", new
        {
            name = name ?? "Buyer " + Guid.NewGuid().ToString("N")[..8],
            kind = "private",
            country,
            region,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    public static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// A valid session body by the service's clock: registration open for an hour, the session starting
    /// about two hours from now (Rome), 8 slots of 20 minutes with slot 4 a break, 5 tables, green tech.
    /// </summary>
    public Dictionary<string, object?> SessionBody()
    {
        var now = clock.GetUtcNow();
        var local = RomeInstants.Show(now.AddHours(2));
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = new TimeOnly(local.Hour, local.Minute);
        if (time > new TimeOnly(21, 0))
        {
            // A session is held in one day: start just after midnight rather than run past it.
            (date, time) = (date.AddDays(1), new TimeOnly(0, 5));
        }
        return new Dictionary<string, object?>
        {
            ["titleIt"] = "Incontra le imprese",
            ["titleEn"] = "Meet the corporates",
            ["descriptionIt"] = "Incontri con grandi buyer",
            ["descriptionEn"] = "Meetings with large buyers",
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["place"] = "Torino, Environment Park",
            ["startTime"] = time.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["slotMinutes"] = 20,
            ["slotCount"] = 8,
            ["breaks"] = new[] { 4 },
            ["tableCount"] = 5,
            ["prioritySystems"] = new[] { "GREEN_TECH" },
            ["registrationDeadline"] = Instant(now.AddHours(1)),
            ["acceptanceMode"] = "opt-in",
            ["schedulingMode"] = "self-booking",
        };
    }

    public async Task<JsonElement> DraftSessionAsync(Dictionary<string, object?> body) =>
        await (await Manager().PostAsJsonAsync($"{Base}/sessions", body)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    public async Task<JsonElement> AddBuyerAsync(Guid sessionId, JsonElement buyer, int[]? availableSlots = null) =>
        await (await Manager().PostAsJsonAsync($"{Base}/sessions/{sessionId}/buyers", new
        {
            buyerId = Id(buyer),
            challengesIt = "Imballaggi riciclabili",
            challengesEn = "Recyclable packaging",
            availableSlots,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    /// <summary>Drafts a session with <paramref name="buyers"/> new buyers and publishes it.</summary>
    public async Task<PublishedSession> PublishedSessionAsync(Action<Dictionary<string, object?>>? change = null, int buyers = 1)
    {
        var body = SessionBody();
        change?.Invoke(body);
        var draft = await DraftSessionAsync(body);
        var list = new List<JsonElement>();
        for (var i = 0; i < buyers; i++)
        {
            var buyer = await BuyerAsync();
            await AddBuyerAsync(Id(draft), buyer);
            list.Add(buyer);
        }
        var published = await (await Manager().PostAsync($"{Base}/sessions/{Id(draft)}/publish", null)).ReadOkAsync<JsonElement>();
        return new PublishedSession(published, list);
    }

    public Task<HttpResponseMessage> RegisterAsync(Guid sessionId, Guid organisationId, int[]? availableSlots = null) =>
        User(organisationId).PostAsJsonAsync($"{Base}/sessions/{sessionId}/registrations", new { pitch = "We recycle composites.", availableSlots });

    public async Task<JsonElement> RegisteredAsync(Guid sessionId, Guid organisationId, int[]? availableSlots = null) =>
        await (await RegisterAsync(sessionId, organisationId, availableSlots)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    /// <summary>A request from the organisation to the buyer.</summary>
    public async Task<JsonElement> RequestAsync(Guid sessionId, Guid organisationId, JsonElement buyer, string message = "We would like to show you our recycled panels.") =>
        await (await User(organisationId).PostAsJsonAsync($"{Base}/sessions/{sessionId}/requests", new { buyerId = Id(buyer), message }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> BookAsync(HttpClient client, Guid requestId, int slot) =>
        client.PostAsJsonAsync($"{Base}/requests/{requestId}/booking", new { slot });

    /// <summary>Moves the service's clock past the session's registration deadline.</summary>
    public void CloseRegistration(JsonElement session) =>
        clock.Set(session.GetProperty("registrationDeadline").GetDateTimeOffset().AddSeconds(1));

    /// <summary>Message types (e.g. <c>meeting-scheduled</c>) of the outbox rows whose payload mentions <paramref name="text"/>, oldest first.</summary>
    public async Task<List<string>> EventsMentioningAsync(string text) =>
        (await OutboxMentioningAsync(text)).Select(m => m.MessageType.Split(':')[^2]).ToList();

    public Task<List<OutboxMessage>> OutboxMentioningAsync(string text) => service.OutboxMentioningAsync<AcceleratorDbContext, AcceleratorDbContext>(text);

    /// <summary>What a request could have changed: outbox rows and audit entries, counted.</summary>
    public Task<(int Events, int Audit)> ChangeCountsAsync() => service.ChangeCountsAsync<AcceleratorDbContext, AcceleratorDbContext>();

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    public static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();
}

/// <summary>A published session and the buyers taking part.</summary>
public sealed record PublishedSession(JsonElement Session, IReadOnlyList<JsonElement> Buyers)
{
    public Guid Id => MatchmakingApi.Id(Session);
}
