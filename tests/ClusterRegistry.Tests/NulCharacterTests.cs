using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

/// <summary>
/// U+0000 anywhere in a request (PostgreSQL cannot store it in text) is a validation problem
/// naming the field, never a 500, and changes nothing.
/// </summary>
public class NulCharacterTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly RegistryApi _api = registry.Api;

    [Theory]
    [InlineData("/api/registry/organisations?namePrefix=%00", "namePrefix")]
    [InlineData("/api/registry/organisations?cluster=%00", "cluster")]
    [InlineData("/api/registry/organisations?spi=a%00b", "spi")]
    [InlineData("/api/registry/collaborations?country=%00", "country")]
    [InlineData("/api/registry/projects?cluster=%00", "cluster")]
    [InlineData("/api/registry/audit?entityType=%00", "entityType")]
    public async Task NulInAQueryValueIsAValidationProblemNamingIt(string url, string field)
    {
        var response = await _api.Officer().GetAsync(url);

        await AssertNulProblemAsync(response, field);
    }

    [Fact]
    public async Task NulInALegalNameRegistersNothing()
    {
        var vatNumber = TestData.VatNumber();

        var response = await _api.As(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations",
            RegistryApi.Profile(legalName: "Nul\0 Srl", vatNumber: vatNumber));

        await AssertNulProblemAsync(response, "legalName");
        Assert.Equal(0, await registry.Service.QueryAsync<RegistryDbContext, int>(db => db.Organisations.CountAsync(o => o.VatNumber == vatNumber)));
    }

    [Theory]
    [InlineData("CLEVER", "wants in\0", "note")]
    [InlineData("CLE\0VER", null, "clusterCode")]
    public async Task NulInAMembershipRequestOpensNoMembership(string clusterCode, string? note, string field)
    {
        var organisation = await _api.RegisterAsync();

        var response = await _api.OrganisationUser(organisation.Id)
            .PostAsJsonAsync($"/api/registry/organisations/{organisation.Id}/memberships", new { clusterCode, note });

        await AssertNulProblemAsync(response, field);
        Assert.Equal(0, await registry.Service.QueryAsync<RegistryDbContext, int>(db => db.Memberships.CountAsync(m => m.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task NulInsideNestedObjectsAndArraysIsNamedByItsJsonPath()
    {
        var code = "NUL" + Guid.NewGuid().ToString("N")[..8];
        var text = new { it = "testo", en = "text" };

        var nested = await _api.Officer().PostAsJsonAsync("/api/registry/clusters", new
        {
            code, name = new { it = "nome\0", en = "name" }, description = text, domain = text, kind = "regional-innovation-cluster", status = "active",
        });
        var inArray = await _api.Officer().PostAsJsonAsync("/api/registry/clusters", new
        {
            code, name = text, description = text, domain = text, kind = "regional-innovation-cluster", status = "active", prioritySystems = new[] { "GREEN_TECH", "X\0" },
        });

        await AssertNulProblemAsync(nested, "name.it");
        await AssertNulProblemAsync(inArray, "prioritySystems[1]");
        Assert.Equal(0, await registry.Service.QueryAsync<RegistryDbContext, int>(db => db.Clusters.CountAsync(c => c.Code == code)));
    }

    [Fact]
    public async Task NulInAnIdempotencyKeyRegistersNothing()
    {
        var vatNumber = TestData.VatNumber();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/organisations")
        {
            Content = JsonContent.Create(RegistryApi.Profile(vatNumber: vatNumber)),
        };
        Assert.True(request.Headers.TryAddWithoutValidation("Idempotency-Key", "key\0" + Guid.NewGuid()));

        var response = await _api.As(Roles.OrganisationUser, Guid.NewGuid()).SendAsync(request);

        await AssertNulProblemAsync(response, "Idempotency-Key");
        Assert.Equal(0, await registry.Service.QueryAsync<RegistryDbContext, int>(db => db.Organisations.CountAsync(o => o.VatNumber == vatNumber)));
    }

    [Fact]
    public async Task NulInAnIfMatchChangesNothing()
    {
        var organisation = await _api.RegisterAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/organisations/{organisation.Id}")
        {
            Content = JsonContent.Create(RegistryApi.Profile(organisation.LegalName + " renamed", organisation.VatNumber)),
        };
        Assert.True(request.Headers.TryAddWithoutValidation("If-Match", "\"k\0y\""));

        var response = await _api.OrganisationUser(organisation.Id).SendAsync(request);

        await AssertNulProblemAsync(response, "If-Match");
        Assert.Equal(organisation.LegalName, await registry.Service.QueryAsync<RegistryDbContext, string>(db =>
            db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.LegalName).SingleAsync()));
    }

    [Fact]
    public async Task ServiceAnswersCarryTheSecurityHeaders()
    {
        var response = await _api.Anonymous().GetAsync("/api/registry/clusters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    private static async Task AssertNulProblemAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("urn:piedmont:problem:validation", problem.GetProperty("type").GetString());
        var messages = problem.GetProperty("errors").GetProperty(field);
        Assert.Contains("NUL", messages[0].GetString());
    }
}
