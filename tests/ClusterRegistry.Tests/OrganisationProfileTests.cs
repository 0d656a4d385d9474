using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

public class OrganisationProfileTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly RegistryApi _api = registry.Api;

    [Fact]
    public async Task SizeClassIsDerivedAndCannotBeSupplied()
    {
        var response = await _api.As(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations", new
        {
            legalName = "Derived Size " + Guid.NewGuid().ToString("N")[..6], vatNumber = TestData.VatNumber(), kind = "enterprise", province = "CN",
            headcount = 40, turnoverEur = 8_000_000m, sizeClass = "micro",
        });

        var created = await response.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created);
        Assert.Equal(SizeClass.Small, created.SizeClass);
    }

    [Fact]
    public async Task OwnUserUpdatesWithIfMatchAndGetsANewETagAndOneEvent()
    {
        var organisation = await _api.RegisterAsync();
        var client = _api.OrganisationUser(organisation.Id);
        var read = await client.GetAsync($"/api/registry/organisations/{organisation.Id}");
        var etag = read.Headers.ETag!.Tag;

        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/organisations/{organisation.Id}")
        {
            Content = JsonContent.Create(RegistryApi.Profile(organisation.LegalName, organisation.VatNumber, headcount: 300, turnoverEur: 90_000_000m)),
        };
        update.Headers.IfMatch.ParseAdd(etag);
        var response = await client.SendAsync(update);

        var updated = await response.ReadOkAsync<OrganisationResponse>();
        Assert.Equal(SizeClass.Large, updated.SizeClass);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        Assert.Equal(300, updated.Private!.Headcount);
        Assert.Equal(["organisation-registered", "organisation-updated"], await _api.EventsMentioningAsync(organisation.Id.ToString()));
    }

    [Fact]
    public async Task AnotherOrganisationsUserCannotEditAndNothingChanges()
    {
        var organisation = await _api.RegisterAsync();
        var intruder = _api.OrganisationUser(Guid.NewGuid());
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/organisations/{organisation.Id}")
        {
            Content = JsonContent.Create(RegistryApi.Profile("Hijacked", organisation.VatNumber)),
        };
        update.Headers.IfMatch.ParseAdd("\"1\"");

        var response = await intruder.SendAsync(update);

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        var stored = await _api.Service.QueryAsync<RegistryDbContext, Organisation>(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisation.Id));
        Assert.Equal(organisation.LegalName, stored.LegalName);
        Assert.Equal(["organisation-registered"], await _api.EventsMentioningAsync(organisation.Id.ToString()));
    }

    [Fact]
    public async Task AnonymousUpdateIsUnauthorized()
    {
        var organisation = await _api.RegisterAsync();

        var response = await _api.Anonymous().PutAsJsonAsync($"/api/registry/organisations/{organisation.Id}", RegistryApi.Profile());

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UpdateWithoutIfMatchIsPreconditionRequired()
    {
        var organisation = await _api.RegisterAsync();

        var response = await _api.OrganisationUser(organisation.Id).PutAsJsonAsync($"/api/registry/organisations/{organisation.Id}", RegistryApi.Profile(vatNumber: organisation.VatNumber));

        var problem = await response.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("urn:piedmont:problem:precondition-required", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ConcurrentUpdatesWithTheSameETagLetOneWinAndTheOtherGet412()
    {
        var organisation = await _api.RegisterAsync();
        var client = _api.OrganisationUser(organisation.Id);
        var etag = (await client.GetAsync($"/api/registry/organisations/{organisation.Id}")).Headers.ETag!.Tag;

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
        {
            var update = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/organisations/{organisation.Id}")
            {
                Content = JsonContent.Create(RegistryApi.Profile($"Contender {i}", organisation.VatNumber)),
            };
            update.Headers.IfMatch.ParseAdd(etag);
            return client.SendAsync(update);
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await loser.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        }
        Assert.Single(await _api.EventsMentioningAsync(organisation.Id.ToString()), t => t == "organisation-updated");
    }

    [Fact]
    public async Task PrivateFiguresAreShownOnlyToTheOrganisationAndOfficers()
    {
        var organisation = await _api.RegisterAsync(RegistryApi.Profile(headcount: 12, turnoverEur: 1_000_000m));
        var path = $"/api/registry/organisations/{organisation.Id}";

        var asPublic = await (await _api.Anonymous().GetAsync(path)).ReadOkAsync<OrganisationResponse>();
        var asOther = await (await _api.OrganisationUser(Guid.NewGuid()).GetAsync(path)).ReadOkAsync<OrganisationResponse>();
        var asOwner = await (await _api.OrganisationUser(organisation.Id).GetAsync(path)).ReadOkAsync<OrganisationResponse>();
        var asOfficer = await (await _api.Officer().GetAsync(path)).ReadOkAsync<OrganisationResponse>();

        Assert.Null(asPublic.Private);
        Assert.Null(asOther.Private);
        Assert.Equal(1_000_000m, asOwner.Private!.TurnoverEur);
        Assert.Equal(12, asOfficer.Private!.Headcount);
    }

    [Fact]
    public async Task RetryWithTheSameIdempotencyKeyCreatesNothingTwice()
    {
        var client = _api.As(Roles.OrganisationUser, Guid.NewGuid());
        var profile = RegistryApi.Profile();
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> Post(object body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/organisations") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        var first = await Post(profile);
        var retries = await Task.WhenAll(Post(profile), Post(profile));
        var reused = await Post(RegistryApi.Profile());

        var created = await first.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created);
        foreach (var retry in retries)
        {
            var replayed = await retry.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created);
            Assert.Equal(created.Id, replayed.Id);
            Assert.Equal(first.Headers.Location, retry.Headers.Location);
        }
        var problem = await reused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:piedmont:problem:idempotency-key-reused", problem.GetProperty("type").GetString());
        Assert.Equal(1, await _api.Service.QueryAsync<RegistryDbContext, int>(db => db.Organisations.CountAsync(o => o.LegalName == created.LegalName)));
        Assert.Single(await _api.EventsMentioningAsync(created.Id.ToString()));
    }

    [Fact]
    public async Task OrganisationWithoutAnyIdentifierIsRefusedNamingVatNumber()
    {
        var response = await _api.As(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations",
            new { legalName = "No Identifier", kind = "enterprise", province = "TO", prioritySystems = new[] { "NOT_AN_SPI" } });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["vatNumber"], problem.ErrorFields());
    }

    [Fact]
    public async Task UnknownPrioritySystemIsRefusedNamingTheField()
    {
        var response = await _api.As(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations", RegistryApi.Profile(prioritySystems: ["SPACE_TOURISM"]));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["prioritySystems"], problem.ErrorFields());
    }
}
