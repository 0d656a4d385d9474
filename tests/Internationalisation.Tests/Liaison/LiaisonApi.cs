using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Liaison;

/// <summary>The CEIP liaison API as the tests drive it: each test makes its own organisations, clusters and requests.</summary>
public sealed class LiaisonApi(InternationalisationFixture fixture)
{
    public const string Requests = "/api/internationalisation/liaison-requests";
    public const string Introductions = "/api/internationalisation/introductions";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private ServiceFactory<InternationalisationDbContext> Service => fixture.Service;

    public TestClock Clock => fixture.Clock;

    public HttpClient Anonymous() => Service.CreateClient();

    public HttpClient Officer(string subject = "ceip-officer-1") => Service.CreateClient().WithToken(Roles.CeipOfficer, subject: subject);

    public HttpClient User(Guid organisationId) => Service.CreateClient().WithToken(Roles.OrganisationUser, organisationId, subject: $"user-{organisationId:N}");

    public HttpClient ClusterManager(string clusterCode) => Service.CreateClient().WithToken(Roles.ClusterManager, clusterCode: clusterCode, subject: "manager-" + clusterCode);

    public HttpClient Evaluator() => Service.CreateClient().WithToken(Roles.Evaluator, subject: "evaluator-1");

    public static string NewClusterCode() => "CL" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    /// <summary>An organisation as the registry announces it (through the broker); returns once this service's copy has it.</summary>
    public async Task<Guid> OrganisationAsync(string? name = null)
    {
        var id = Guid.NewGuid();
        await Bus.Publish(new OrganisationRegistered(id, name ?? "Impresa " + id.ToString("N")[..8], TestData.VatNumber(), "enterprise", "TO", DateTimeOffset.UtcNow,
            "small", false, "28.29", ["MANUFACTURING"], new DateOnly(2015, 3, 1)));
        await Eventually.Until(() => Service.QueryAsync<InternationalisationDbContext, bool>(db => db.Organisations.AnyAsync(o => o.OrganisationId == id)),
            Timeout, $"organisation {id} in the copy");
        return id;
    }

    /// <summary>An approved (active) membership of <paramref name="organisationId"/> in <paramref name="clusterCode"/>.</summary>
    public async Task MemberAsync(Guid organisationId, string clusterCode)
    {
        var membership = Guid.NewGuid();
        await Bus.Publish(new MembershipApproved(membership, organisationId, Guid.NewGuid(), clusterCode, DateTimeOffset.UtcNow));
        await Eventually.Until(() => Service.QueryAsync<InternationalisationDbContext, bool>(db => db.Memberships.AnyAsync(
            m => m.MembershipId == membership && m.Status == MembershipStatuses.Active)), Timeout, $"membership {membership} in the copy");
    }

    public IBus Bus => Service.Services.GetRequiredService<IBus>();

    public static Dictionary<string, object?> RequestBody(Guid? organisationId = null) => new()
    {
        ["organisationId"] = organisationId,
        ["kind"] = "foreign-market-entry",
        ["targetCountries"] = new[] { "DE", "FR" },
        ["prioritySystems"] = new[] { "MANUFACTURING" },
        ["naceCode"] = "28.29",
        ["descriptionIt"] = "Cerchiamo distributori per macchine di imballaggio in Germania",
        ["descriptionEn"] = (string?)null,
        ["urgency"] = "high",
    };

    /// <summary>A request the organisation's own user opens; returns it.</summary>
    public async Task<JsonElement> OpenAsync(Guid organisationId, Action<Dictionary<string, object?>>? change = null)
    {
        var body = RequestBody();
        change?.Invoke(body);
        return await (await User(organisationId).PostAsJsonAsync(Requests, body)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
    }

    public Task<HttpResponseMessage> AssessAsync(Guid requestId, string decision, string? reason = null) =>
        Officer().PostAsJsonAsync($"{Requests}/{requestId}/assessment", new { decision, reason });

    public async Task<JsonElement> GetAsync(Guid requestId) => await (await Officer().GetAsync($"{Requests}/{requestId}")).ReadOkAsync<JsonElement>();

    public static object IntroductionBody(Guid organisationId, Guid? liaisonRequestId = null) => new
    {
        organisationId,
        partnerName = "Siemens AG",
        partnerCountry = "DE",
        partnerKind = "multinational",
        liaisonRequestId,
        introducedOn = "2026-10-01",
        note = "Met at the Hannover fair",
    };

    public async Task<JsonElement> IntroduceAsync(Guid organisationId, Guid? liaisonRequestId = null) =>
        await (await Officer().PostAsJsonAsync(Introductions, IntroductionBody(organisationId, liaisonRequestId))).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    /// <summary>Message types (e.g. <c>liaison-request-opened</c>) of the outbox rows whose payload mentions <paramref name="text"/>, oldest first.</summary>
    public Task<List<string>> EventsMentioningAsync(string text) => Service.EventsMentioningAsync<InternationalisationDbContext, InternationalisationDbContext>(text);

    /// <summary>What a request could have changed: outbox rows and audit entries, counted.</summary>
    public Task<(int Events, int Audit)> ChangeCountsAsync() => Service.ChangeCountsAsync<InternationalisationDbContext, InternationalisationDbContext>();

    public Task<int> RequestsOfAsync(Guid organisationId) =>
        Service.QueryAsync<InternationalisationDbContext, int>(db => db.LiaisonRequests.CountAsync(r => r.OrganisationId == organisationId));

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    public static string Code(JsonElement problem) => problem.GetProperty("type").GetString()!.Replace("urn:piedmont:problem:", "", StringComparison.Ordinal);
}
