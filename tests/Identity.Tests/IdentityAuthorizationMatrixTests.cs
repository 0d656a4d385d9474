using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Apis.Partners;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Tests;

/// <summary>
/// Every endpoint of the identity service's API, called by the anonymous, wrong roles, a partner
/// system, a colleague who is not the organisation's administrator, and another organisation's
/// administrator: refused with problem details (401 anonymous, 403 by policy or rule), and nothing
/// changes — no event, no audit entry, the grant, invitation, colleague and partner as they were.
/// The allowed callers are tested with each feature.
/// </summary>
public sealed class IdentityAuthorizationMatrixTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private readonly IdentityApi _api = new(identity);

    public enum Caller { Anonymous, Evaluator, Operator, RegionalOfficer, PartnerSystem, OwnColleague, OtherAdministrator }

    private const string Person = "/api/identity/people/{person}";
    private const string Grant = Person + "/staff-roles/{grant}";
    private const string Organisation = "/api/identity/organisations/{organisation}";
    private const string Partner = "/api/identity/partners/{partner}";

    public static TheoryData<string, string, Caller, HttpStatusCode> Refusals
    {
        get
        {
            var data = new TheoryData<string, string, Caller, HttpStatusCode>
            {
                { "GET", "/api/identity/me", Caller.Anonymous, HttpStatusCode.Unauthorized },
            };
            // Regional officers' endpoints.
            foreach (var (method, path) in new[] { ("GET", "/api/identity/people"), ("GET", Person), ("POST", Person + "/staff-roles"), ("DELETE", Grant) })
            {
                data.Add(method, path, Caller.Anonymous, HttpStatusCode.Unauthorized);
                data.Add(method, path, Caller.Evaluator, HttpStatusCode.Forbidden);
                data.Add(method, path, Caller.Operator, HttpStatusCode.Forbidden);
                data.Add(method, path, Caller.PartnerSystem, HttpStatusCode.Forbidden);
                data.Add(method, path, Caller.OtherAdministrator, HttpStatusCode.Forbidden);
            }
            // An organisation's administrators' endpoints; regional officers look and cancel.
            foreach (var (method, path, officerToo) in new[]
            {
                ("POST", Organisation + "/invitations", false), ("GET", Organisation + "/invitations", true),
                ("DELETE", Organisation + "/invitations/{invitation}", true), ("GET", Organisation + "/people", true),
                ("DELETE", Organisation + "/people/{colleague}", false),
            })
            {
                data.Add(method, path, Caller.Anonymous, HttpStatusCode.Unauthorized);
                data.Add(method, path, Caller.Evaluator, HttpStatusCode.Forbidden);
                data.Add(method, path, Caller.PartnerSystem, HttpStatusCode.Forbidden);
                data.Add(method, path, Caller.OwnColleague, HttpStatusCode.Forbidden);
                data.Add(method, path, Caller.OtherAdministrator, HttpStatusCode.Forbidden);
                if (!officerToo)
                {
                    data.Add(method, path, Caller.RegionalOfficer, HttpStatusCode.Forbidden);
                }
            }
            // Operators' and regional officers' endpoints.
            foreach (var (method, path) in new[]
            {
                ("POST", "/api/identity/partners"), ("GET", "/api/identity/partners"), ("GET", Partner), ("POST", Partner + "/secret"), ("DELETE", Partner),
            })
            {
                data.Add(method, path, Caller.Anonymous, HttpStatusCode.Unauthorized);
                data.Add(method, path, Caller.Evaluator, HttpStatusCode.Forbidden);
                data.Add(method, path, Caller.PartnerSystem, HttpStatusCode.Forbidden);
                data.Add(method, path, Caller.OtherAdministrator, HttpStatusCode.Forbidden);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task EndpointRefusesCallerWithProblemDetailsAndChangesNothing(string method, string path, Caller caller, HttpStatusCode expected)
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var colleague = await _api.ColleagueAsync(organisation);
        var (otherAdministrator, otherOrganisation) = await _api.OrganisationWithAdministratorAsync();
        var person = await identity.CreatePersonAsync();
        var grant = Assert.Single((await _api.GrantAsync(person.Id, Roles.Evaluator)).Roles);
        var invited = await _api.PersonActingFor(administrator, organisation)
            .PostAsJsonAsync($"/api/identity/organisations/{organisation}/invitations", new { email = $"invited-{Guid.NewGuid():N}@example.org" });
        var invitation = (await invited.ReadOkAsync<Apis.Organisations.InvitationResponse>(HttpStatusCode.Created)).Id;
        var registered = await _api.As(Roles.Operator).PostAsJsonAsync("/api/identity/partners", new { name = "Matrix partner", eventAreas = new[] { "registry" } });
        var partner = (await registered.ReadOkAsync<PartnerCredentialsResponse>(HttpStatusCode.Created)).ClientId;
        var before = await _api.ChangeCountsAsync();
        var url = path.Replace("{person}", person.Id.ToString(), StringComparison.Ordinal)
            .Replace("{grant}", grant.GrantId.ToString(), StringComparison.Ordinal)
            .Replace("{organisation}", organisation.ToString(), StringComparison.Ordinal)
            .Replace("{invitation}", invitation.ToString(), StringComparison.Ordinal)
            .Replace("{colleague}", colleague.Id.ToString(), StringComparison.Ordinal)
            .Replace("{partner}", partner, StringComparison.Ordinal);

        var client = caller switch
        {
            Caller.Anonymous => _api.Anonymous(),
            Caller.Evaluator => _api.As(Roles.Evaluator),
            Caller.Operator => _api.As(Roles.Operator),
            Caller.RegionalOfficer => _api.Officer(),
            Caller.PartnerSystem => _api.As(Roles.PartnerSystem, subject: partner),
            Caller.OwnColleague => _api.PersonActingFor(colleague, organisation),
            _ => _api.PersonActingFor(otherAdministrator, otherOrganisation),
        };
        var response = method switch
        {
            "GET" => await client.GetAsync(url),
            "DELETE" => await client.DeleteAsync(url),
            _ => await client.PostAsJsonAsync(url, BodyFor(path)),
        };

        await response.ReadProblemAsync(expected);
        Assert.Equal(before, await _api.ChangeCountsAsync());
        Assert.Null(Assert.Single((await identity.PersonAsync(person.Id)).StaffRoles).RevokedAt);
        Assert.Equal(InvitationStatus.Pending, Assert.Single(await _api.InvitationsOfAsync(organisation)).StatusAt(DateTimeOffset.UtcNow));
        Assert.Equal(new[] { administrator.Id, colleague.Id }.Order(), (await _api.PeopleOfAsync(organisation)).Order());
        var stored = await identity.QueryAsync(db => db.PartnerSystems.AsNoTracking().SingleAsync(p => p.ClientId == partner));
        Assert.Null(stored.RemovedAt);
        Assert.Null(stored.SecretRotatedAt);
    }

    [Fact]
    public async Task EveryOperationOfTheApiIsNamedSummarisedTaggedAndDeclaresItsRefusals()
    {
        var document = await (await _api.Anonymous().GetAsync("/openapi/v1.json")).ReadOkAsync<System.Text.Json.JsonElement>();

        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/api/identity/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Path: path.Name, Method: operation.Name, Operation: operation.Value)))
            .ToList();

        // The identity service's own operations; the audit trail and the outbox are every service's.
        Assert.Equal(15, operations.Count(o => !o.Path.EndsWith("/audit", StringComparison.Ordinal) && !o.Path.EndsWith("/operations/outbox", StringComparison.Ordinal)));
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrEmpty(o.Operation.GetProperty("operationId").GetString()), $"{o.Method} {o.Path} has no name");
            Assert.False(string.IsNullOrEmpty(o.Operation.GetProperty("summary").GetString()), $"{o.Method} {o.Path} has no summary");
            Assert.NotEmpty(o.Operation.GetProperty("tags").EnumerateArray());
            var responses = o.Operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("401", out _) && responses.TryGetProperty("403", out _), $"{o.Method} {o.Path} declares no 401/403");
        });
        var me = operations.Single(o => o.Path == "/api/identity/me").Operation.GetProperty("responses");
        Assert.True(me.TryGetProperty("404", out _), "GET /me answers 404 to a token that is no person's");
    }

    private static object BodyFor(string path) => path switch
    {
        _ when path.EndsWith("/staff-roles", StringComparison.Ordinal) => new { role = "operator" },
        _ when path.EndsWith("/invitations", StringComparison.Ordinal) => new { email = $"someone-{Guid.NewGuid():N}@example.org" },
        _ => new { name = "Another partner", eventAreas = new[] { "funding" } },
    };
}
