using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

public class OrganisationsApiTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private const string Path = "/api/registry/organisations";
    private readonly ServiceFactory<RegistryDbContext> _service = registry.Service;

    [Fact]
    public async Task RegisterReturnsCreatedProfileAndStagesOneEvent()
    {
        var vat = TestData.VatNumber();
        var client = _service.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());

        var response = await client.PostAsJsonAsync(Path, new { legalName = "  Proplast Consorzio ", vatNumber = vat, kind = "research-body", province = "AL" });

        var created = await response.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created);
        Assert.Equal($"{Path}/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Proplast Consorzio", created.LegalName);
        Assert.Equal(vat, created.VatNumber);
        var staged = Assert.Single(await OutboxMessagesMentioningAsync(created.Id.ToString()));
        Assert.Equal(IntegrationEventTypes.UrnOf(typeof(OrganisationRegistered)), staged.MessageType);
    }

    [Fact]
    public async Task RegisteredEventNamesTheRegistrantUnlessARegionalOfficerRegisteredOnTheirBehalf()
    {
        var registrant = Guid.NewGuid().ToString();
        var own = await _service.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid(), subject: registrant)
            .PostAsJsonAsync(Path, TestData.Organisation(vatNumber: TestData.VatNumber()));
        var onBehalf = await _service.CreateClient().WithToken(Roles.RegionalOfficer, subject: "officer-" + registrant)
            .PostAsJsonAsync(Path, TestData.Organisation(vatNumber: TestData.VatNumber()));

        var ownEvent = await RegisteredEventAsync((await own.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created)).Id);
        var officersEvent = await RegisteredEventAsync((await onBehalf.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created)).Id);

        Assert.Equal(registrant, ownEvent.RegisteredBy);
        Assert.Null(officersEvent.RegisteredBy);
    }

    [Fact]
    public async Task InstantsAreWrittenWithTheRomeOffset()
    {
        var created = await RegisterAsync(TestData.VatNumber());

        var json = await (await _service.CreateClient().GetAsync($"{Path}/{created.Id}")).ReadOkAsync<System.Text.Json.JsonElement>();

        var written = json.GetProperty("registeredAt").GetString()!;
        var instant = DateTimeOffset.Parse(written, System.Globalization.CultureInfo.InvariantCulture);
        var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome").GetUtcOffset(instant);
        Assert.Equal(rome, instant.Offset);
        Assert.EndsWith(rome.Hours == 2 ? "+02:00" : "+01:00", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicProfileIsReadableWithoutToken()
    {
        var created = await RegisterAsync(TestData.VatNumber());

        var profile = await _service.CreateClient().GetAsync($"{Path}/{created.Id}");

        var body = await profile.ReadOkAsync<OrganisationResponse>();
        Assert.Equal(created.LegalName, body.LegalName);
    }

    [Fact]
    public async Task UnknownOrganisationIsNotFoundProblem()
    {
        var response = await _service.CreateClient().GetAsync($"{Path}/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InvalidInputNamesEachFieldAndChangesNothing()
    {
        var legalName = "Invalid " + Guid.NewGuid().ToString("N");
        var client = _service.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());

        var response = await client.PostAsJsonAsync(Path, new { legalName, vatNumber = "01232710375" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("urn:piedmont:problem:validation", problem.GetProperty("type").GetString());
        Assert.Equal(["kind", "province", "vatNumber"], problem.ErrorFields().Order());
        Assert.False(await _service.QueryAsync<RegistryDbContext, bool>(db => db.Organisations.AnyAsync(o => o.LegalName == legalName)));
        Assert.Empty(await OutboxMessagesMentioningAsync(legalName));
    }

    [Fact]
    public async Task UnknownEnumValueIsValidationProblemNamingTheField()
    {
        var client = _service.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());

        var response = await client.PostAsJsonAsync(Path, new { legalName = "Acme", vatNumber = TestData.VatNumber(), kind = "spaceship", province = "TO" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["kind"], problem.ErrorFields());
    }

    [Fact]
    public async Task DuplicateVatNumberIsConflictNamingTheExistingOrganisation()
    {
        var vat = TestData.VatNumber();
        var first = await RegisterAsync(vat);
        var client = _service.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());

        var response = await client.PostAsJsonAsync(Path, TestData.Organisation("Another name", vat));

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:piedmont:problem:vat-number-already-registered", problem.GetProperty("type").GetString());
        Assert.Equal(first.Id, problem.GetProperty("existingOrganisationId").GetGuid());
        Assert.Equal(1, await _service.QueryAsync<RegistryDbContext, int>(db => db.Organisations.CountAsync(o => o.VatNumber == vat)));
    }

    [Fact]
    public async Task ConcurrentRegistrationsOfOneVatNumberCreateOneOrganisation()
    {
        var vat = TestData.VatNumber();
        var client = _service.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsJsonAsync(Path, TestData.Organisation(vatNumber: vat))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await _service.QueryAsync<RegistryDbContext, int>(db => db.Organisations.CountAsync(o => o.VatNumber == vat)));
    }

    [Fact]
    public async Task RegisterWithoutTokenIsUnauthorizedProblem()
    {
        var vat = TestData.VatNumber();

        var response = await _service.CreateClient().PostAsJsonAsync(Path, TestData.Organisation(vatNumber: vat));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(await _service.QueryAsync<RegistryDbContext, bool>(db => db.Organisations.AnyAsync(o => o.VatNumber == vat)));
    }

    [Fact]
    public async Task RegisterWithTokenSignedByAnotherKeyIsUnauthorized()
    {
        var forged = DevelopmentTokens.Create(Roles.RegionalOfficer, signingKey: "another-key-that-is-long-enough-for-hmac-sha256!!");
        var client = _service.CreateClient().WithRawToken(forged);

        var response = await client.PostAsJsonAsync(Path, TestData.Organisation());

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheEndpoints()
    {
        var response = await _service.CreateClient().GetAsync("/openapi/v1.json");

        var document = await response.ReadOkAsync<System.Text.Json.JsonElement>();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/registry/organisations", paths);
        Assert.Contains("/api/registry/organisations/{id}", paths);
    }

    /// <summary>The class's own database is small: filtering the payload text in memory is fine.</summary>
    private async Task<List<OutboxMessage>> OutboxMessagesMentioningAsync(string text) =>
        (await _service.QueryAsync<RegistryDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync()))
            .Where(m => m.Payload.Contains(text, StringComparison.Ordinal))
            .ToList();

    private async Task<OrganisationRegistered> RegisteredEventAsync(Guid organisationId)
    {
        var staged = Assert.Single(await OutboxMessagesMentioningAsync(organisationId.ToString()));
        Assert.Equal(IntegrationEventTypes.UrnOf(typeof(OrganisationRegistered)), staged.MessageType);
        return System.Text.Json.JsonSerializer.Deserialize<OrganisationRegistered>(staged.Payload, System.Text.Json.JsonSerializerOptions.Web)!;
    }

    private async Task<OrganisationResponse> RegisterAsync(string vat)
    {
        var client = _service.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());
        var response = await client.PostAsJsonAsync(Path, TestData.Organisation(vatNumber: vat));
        return await response.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created);
    }
}
