using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PiedmontSystem.Internationalisation.Tests.Liaison;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Partnering;

/// <summary>
/// Every partnering endpoint called by the anonymous, the owning organisation's users, another
/// organisation's users (and, on interests, the interested organisation's), a manager of a cluster
/// the owner is an active member of, a CEIP officer and a role with no part in it (an evaluator).
/// Each row gets fresh profiles; a refusal is problem details (401 anonymous, 403 by policy or
/// rule, 404 where the profile or interest is private, 422 for interest in one's own profile) and
/// changes nothing (no audit entry, no event); an allowed call answers its success status.
/// </summary>
public class PartneringAuthorizationMatrixTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private static readonly ConditionalWeakTable<InternationalisationFixture, Task<World>> Worlds = new();

    private readonly PartneringApi _api = new(fixture);

    public enum Caller { Anonymous, OwnOrganisation, InterestedOrganisation, OtherOrganisation, ClusterManager, CeipOfficer, WrongRole }

    /// <summary>The organisations every row shares: the owner (an active member of the cluster), the interested one, a bystander.</summary>
    private sealed record World(Guid Own, Guid Interested, Guid Other, string Cluster);

    private const string Profiles = PartneringApi.Profiles;
    private const string Interests = PartneringApi.Interests;

    public static TheoryData<string, string, Caller, HttpStatusCode> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, Caller, HttpStatusCode>();
            void Row(string method, string path, params (Caller Caller, HttpStatusCode Status)[] cells)
            {
                foreach (var (caller, status) in cells)
                {
                    data.Add(method, path, caller, status);
                }
            }
            const HttpStatusCode ok = HttpStatusCode.OK, created = HttpStatusCode.Created, unauthorized = HttpStatusCode.Unauthorized,
                forbidden = HttpStatusCode.Forbidden, notFound = HttpStatusCode.NotFound;
            Row("POST", Profiles, (Caller.Anonymous, unauthorized), (Caller.OwnOrganisation, created), (Caller.OtherOrganisation, created),
                (Caller.ClusterManager, forbidden), (Caller.CeipOfficer, forbidden), (Caller.WrongRole, forbidden));
            Row("GET", Profiles, (Caller.Anonymous, ok), (Caller.OwnOrganisation, ok), (Caller.OtherOrganisation, ok),
                (Caller.ClusterManager, ok), (Caller.CeipOfficer, ok), (Caller.WrongRole, ok));
            Row("GET", Profiles + "/managed", (Caller.Anonymous, unauthorized), (Caller.OwnOrganisation, ok), (Caller.OtherOrganisation, ok),
                (Caller.ClusterManager, ok), (Caller.CeipOfficer, ok), (Caller.WrongRole, ok));
            Row("GET", Profiles + "/{submitted}", (Caller.Anonymous, notFound), (Caller.OwnOrganisation, ok), (Caller.OtherOrganisation, notFound),
                (Caller.ClusterManager, ok), (Caller.CeipOfficer, ok), (Caller.WrongRole, notFound));
            Row("GET", Profiles + "/{published}", (Caller.Anonymous, ok), (Caller.OwnOrganisation, ok), (Caller.OtherOrganisation, ok),
                (Caller.ClusterManager, ok), (Caller.CeipOfficer, ok), (Caller.WrongRole, ok));
            // The owner's actions: a draft is private (404 to other organisations), a published profile is not (403).
            foreach (var (method, path) in new[] { ("PUT", "/{draft}"), ("POST", "/{draft}/submit"), ("POST", "/{draft}/withdraw") })
            {
                Row(method, Profiles + path, (Caller.Anonymous, unauthorized), (Caller.OwnOrganisation, ok), (Caller.OtherOrganisation, notFound),
                    (Caller.ClusterManager, forbidden), (Caller.CeipOfficer, forbidden), (Caller.WrongRole, forbidden));
            }
            foreach (var path in new[] { "/{published}/withdraw", "/{published}/renew" })
            {
                Row("POST", Profiles + path, (Caller.Anonymous, unauthorized), (Caller.OwnOrganisation, ok), (Caller.OtherOrganisation, forbidden),
                    (Caller.ClusterManager, forbidden), (Caller.CeipOfficer, forbidden), (Caller.WrongRole, forbidden));
            }
            // CEIP's validation.
            foreach (var path in new[] { "/{submitted}/publish", "/{submitted}/return" })
            {
                Row("POST", Profiles + path, (Caller.Anonymous, unauthorized), (Caller.OwnOrganisation, forbidden), (Caller.OtherOrganisation, forbidden),
                    (Caller.ClusterManager, forbidden), (Caller.CeipOfficer, ok), (Caller.WrongRole, forbidden));
            }
            Row("POST", Profiles + "/{published}/interests", (Caller.Anonymous, unauthorized), (Caller.OwnOrganisation, HttpStatusCode.UnprocessableEntity),
                (Caller.OtherOrganisation, created), (Caller.ClusterManager, forbidden), (Caller.CeipOfficer, forbidden), (Caller.WrongRole, forbidden));
            Row("POST", Profiles + "/{draft}/interests", (Caller.OtherOrganisation, notFound));
            Row("GET", Interests, (Caller.Anonymous, unauthorized), (Caller.OwnOrganisation, ok), (Caller.InterestedOrganisation, ok), (Caller.OtherOrganisation, ok),
                (Caller.ClusterManager, ok), (Caller.CeipOfficer, ok), (Caller.WrongRole, ok));
            Row("GET", Interests + "/{interest}", (Caller.Anonymous, unauthorized), (Caller.OwnOrganisation, ok), (Caller.InterestedOrganisation, ok),
                (Caller.OtherOrganisation, notFound), (Caller.ClusterManager, notFound), (Caller.CeipOfficer, ok), (Caller.WrongRole, notFound));
            foreach (var path in new[] { "/{interest}/accept", "/{interest}/decline" })
            {
                Row("POST", Interests + path, (Caller.Anonymous, unauthorized), (Caller.OwnOrganisation, ok), (Caller.InterestedOrganisation, forbidden),
                    (Caller.OtherOrganisation, notFound), (Caller.ClusterManager, forbidden), (Caller.CeipOfficer, forbidden), (Caller.WrongRole, forbidden));
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EndpointAnswersEachCallerAsTheRulesSay(string method, string template, Caller caller, HttpStatusCode expected)
    {
        var world = await Worlds.GetValue(fixture, _ => CreateWorldAsync());
        var ids = new Dictionary<string, Guid>();
        foreach (var placeholder in new[] { "draft", "submitted", "published", "interest" }.Where(p => template.Contains('{' + p + '}', StringComparison.Ordinal)))
        {
            ids[placeholder] = placeholder switch
            {
                "draft" => PartneringApi.Id(await _api.DraftAsync(world.Own)),
                "submitted" => await _api.SubmittedAsync(world.Own),
                "published" => await _api.PublishedAsync(world.Own),
                _ => await _api.InterestAsync(await _api.PublishedAsync(world.Own), world.Interested),
            };
        }
        var path = ids.Aggregate(template, (p, id) => p.Replace('{' + id.Key + '}', id.Value.ToString(), StringComparison.Ordinal));
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(BodyFor(template));
        }
        if (method == "PUT")
        {
            request.Headers.TryAddWithoutValidation("If-Match", "*");
        }
        var client = caller switch
        {
            Caller.Anonymous => _api.Anonymous(),
            Caller.OwnOrganisation => _api.User(world.Own),
            Caller.InterestedOrganisation => _api.User(world.Interested),
            Caller.OtherOrganisation => _api.User(world.Other),
            Caller.ClusterManager => _api.ClusterManager(world.Cluster),
            Caller.CeipOfficer => _api.Officer(),
            _ => _api.Evaluator(),
        };
        var before = await _api.ChangeCountsAsync();
        var states = await StatesAsync(ids);

        var response = await client.SendAsync(request);

        if ((int)expected >= 400)
        {
            await response.ReadProblemAsync(expected);
            Assert.Equal(before, await _api.ChangeCountsAsync());
            Assert.Equal(states, await StatesAsync(ids));
        }
        else
        {
            await response.ReadOkAsync<JsonElement>(expected);
        }
    }

    [Theory]
    [InlineData(Caller.OtherOrganisation)]
    [InlineData(Caller.WrongRole)]
    [InlineData(Caller.ClusterManager)]
    public async Task ListsShowNothingPrivateOfAnotherOrganisation(Caller caller)
    {
        var world = await Worlds.GetValue(fixture, _ => CreateWorldAsync());
        var draft = PartneringApi.Id(await _api.DraftAsync(world.Own));
        var interest = await _api.InterestAsync(await _api.PublishedAsync(world.Own), world.Interested);
        var client = caller switch
        {
            Caller.OtherOrganisation => _api.User(world.Other),
            Caller.WrongRole => _api.Evaluator(),
            // A manager of a cluster the owner is not a member of.
            _ => _api.ClusterManager(LiaisonApi.NewClusterCode()),
        };

        var managed = await (await client.GetAsync($"{Profiles}/managed?limit=200")).ReadOkAsync<Page<JsonElement>>();
        var interests = await (await client.GetAsync($"{Interests}?limit=200")).ReadOkAsync<Page<JsonElement>>();

        Assert.DoesNotContain(managed.Items, p => PartneringApi.Id(p) == draft);
        Assert.DoesNotContain(interests.Items, i => PartneringApi.Id(i) == interest);
        await (await client.GetAsync($"{Profiles}/{draft}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<World> CreateWorldAsync()
    {
        var own = await _api.OrganisationAsync();
        var cluster = LiaisonApi.NewClusterCode();
        await _api.MemberAsync(own, cluster);
        return new World(own, Guid.NewGuid(), Guid.NewGuid(), cluster);
    }

    /// <summary>The profiles' and the interest's states as CEIP reads them: a refused call leaves them as they were.</summary>
    private async Task<List<string>> StatesAsync(Dictionary<string, Guid> ids)
    {
        var states = new List<string>();
        foreach (var (placeholder, id) in ids)
        {
            var path = placeholder == "interest" ? $"{Interests}/{id}" : $"{Profiles}/{id}";
            states.Add(await (await _api.Officer().GetAsync(path)).Content.ReadAsStringAsync());
        }
        return states;
    }

    private object BodyFor(string template) => template switch
    {
        Profiles => _api.ProfileBody(),
        _ when template.EndsWith("/{draft}", StringComparison.Ordinal) => _api.ProfileBody(),
        _ when template.EndsWith("/return", StringComparison.Ordinal) => new { reason = "Say which products it was tested with" },
        _ when template.EndsWith("/withdraw", StringComparison.Ordinal) => new { reason = "No longer offered" },
        _ when template.EndsWith("/renew", StringComparison.Ordinal) => new { expiresOn = PartneringApi.Date(_api.Today.AddDays(200)) },
        _ when template.EndsWith("/interests", StringComparison.Ordinal) => PartneringApi.InterestBody(),
        _ when template.EndsWith("/decline", StringComparison.Ordinal) => new { reason = "Not what we look for" },
        _ => new { },
    };
}
