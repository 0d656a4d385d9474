using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Deadlines;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.Tests.Liaison;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Partnering;

/// <summary>
/// Partnering profiles and interests as the tests drive them. Callers, organisations, memberships
/// and the outbox come from the liaison's helper (one way to make them); each test makes its own
/// organisations and profiles, with contacts no other test uses, so a body can be searched for them.
/// </summary>
public sealed class PartneringApi(InternationalisationFixture fixture)
{
    public const string Profiles = "/api/internationalisation/partnering-profiles";
    public const string Interests = "/api/internationalisation/partnering-interests";

    private readonly LiaisonApi _ceip = new(fixture);

    public TestClock Clock => fixture.Clock;

    public HttpClient Anonymous() => _ceip.Anonymous();

    public HttpClient Officer() => _ceip.Officer();

    public HttpClient User(Guid organisationId) => _ceip.User(organisationId);

    public HttpClient ClusterManager(string clusterCode) => _ceip.ClusterManager(clusterCode);

    public HttpClient Evaluator() => _ceip.Evaluator();

    public Task<Guid> OrganisationAsync(string? name = null) => _ceip.OrganisationAsync(name);

    public Task MemberAsync(Guid organisationId, string clusterCode) => _ceip.MemberAsync(organisationId, clusterCode);

    public Task<List<string>> EventsMentioningAsync(string text) => _ceip.EventsMentioningAsync(text);

    public Task<(int Events, int Audit)> ChangeCountsAsync() => _ceip.ChangeCountsAsync();

    public Task<int> ProfilesOfAsync(Guid organisationId) =>
        fixture.Service.QueryAsync<InternationalisationDbContext, int>(db => db.PartneringProfiles.CountAsync(p => p.OrganisationId == organisationId));

    public Task<int> InterestsInAsync(Guid profileId) =>
        fixture.Service.QueryAsync<InternationalisationDbContext, int>(db => db.PartneringInterests.CountAsync(i => i.ProfileId == profileId));

    /// <summary>Today in Rome by the service's clock, which expiry dates are judged on.</summary>
    public DateOnly Today => RomeTime.DateOf(Clock.GetUtcNow());

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid technology offer, expiring in 90 days, whose contact's name, e-mail and phone no other test uses.</summary>
    public Dictionary<string, object?> ProfileBody(Action<Dictionary<string, object?>>? change = null)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var body = new Dictionary<string, object?>
        {
            ["direction"] = "offer",
            ["kind"] = "technology",
            ["titleIt"] = "Pinze robotiche per imballaggio flessibile",
            ["titleEn"] = "Robotic grippers for flexible packaging",
            ["summaryIt"] = "Una PMI piemontese offre pinze robotiche adattive per linee di imballaggio alimentare.",
            ["summaryEn"] = "A Piedmont SME offers adaptive robotic grippers for food packaging lines.",
            ["descriptionIt"] = "Pinze brevettate a dita morbide; cerchiamo accordi di licenza o cooperazione tecnica.",
            ["descriptionEn"] = "Patented soft-finger grippers; we look for licence agreements or technical cooperation.",
            ["countriesOfInterest"] = new[] { "DE", "FR" },
            ["prioritySystems"] = new[] { "MANUFACTURING" },
            ["naceCodes"] = new[] { "28.29" },
            ["keywords"] = new[] { "robotics", "packaging", "kw" + tag },
            ["expiresOn"] = Date(Today.AddDays(90)),
            ["contact"] = new Dictionary<string, object?> { ["name"] = "Contatto " + tag, ["email"] = $"owner-{tag}@example.it", ["phone"] = "+39 011 " + Random.Shared.Next(1_000_000, 10_000_000).ToString(CultureInfo.InvariantCulture) },
        };
        change?.Invoke(body);
        return body;
    }

    /// <summary>The secrets of a profile body: what its public face must never show.</summary>
    public static string[] Private(Dictionary<string, object?> body, Guid organisationId, string organisationName)
    {
        var contact = (Dictionary<string, object?>)body["contact"]!;
        return [organisationId.ToString(), organisationName, (string)contact["name"]!, (string)contact["email"]!, (string)contact["phone"]!, "\"contact\"", "\"organisationId\"",
            "\"organisationName\""];
    }

    public async Task<JsonElement> DraftAsync(Guid organisationId, Dictionary<string, object?>? body = null) =>
        await (await User(organisationId).PostAsJsonAsync(Profiles, body ?? ProfileBody())).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    public async Task<Guid> SubmittedAsync(Guid organisationId, Dictionary<string, object?>? body = null)
    {
        var id = Id(await DraftAsync(organisationId, body));
        await (await User(organisationId).PostAsync($"{Profiles}/{id}/submit", null)).ReadOkAsync<JsonElement>();
        return id;
    }

    public async Task<Guid> PublishedAsync(Guid organisationId, Dictionary<string, object?>? body = null)
    {
        var id = await SubmittedAsync(organisationId, body);
        await (await Officer().PostAsync($"{Profiles}/{id}/publish", null)).ReadOkAsync<JsonElement>();
        return id;
    }

    public static object InterestBody(string tag = "interested") => new
    {
        messageEn = "We build packaging lines in Lyon and would like to test your grippers",
        contact = new { name = "Claire Martin " + tag, email = $"{tag}@example.fr", phone = "+33 4 72 00 00 00" },
    };

    public Task<HttpResponseMessage> ExpressAsync(Guid profileId, Guid organisationId, string tag = "interested") =>
        User(organisationId).PostAsJsonAsync($"{Profiles}/{profileId}/interests", InterestBody(tag));

    public async Task<Guid> InterestAsync(Guid profileId, Guid organisationId, string tag = "interested") =>
        Id(await (await ExpressAsync(profileId, organisationId, tag)).ReadOkAsync<JsonElement>(HttpStatusCode.Created));

    /// <summary>The profile as a CEIP officer reads it (in full).</summary>
    public async Task<JsonElement> ProfileAsync(Guid id) => await (await Officer().GetAsync($"{Profiles}/{id}")).ReadOkAsync<JsonElement>();

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    public static string Status(JsonElement element) => element.GetProperty("status").GetString()!;

    /// <summary>The problem's code: its <c>type</c> without <c>urn:piedmont:problem:</c>.</summary>
    public static string Code(JsonElement problem) => LiaisonApi.Code(problem);
}
