using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests.Matchmaking;

/// <summary>
/// A published self-booking, opt-out session with one buyer and one registered start-up whose
/// request is booked at slot 0: the world every row of the matrix calls into.
/// </summary>
public sealed record MatrixWorld(Guid Session, Guid Buyer, Guid BuyerOrganisation, Guid Startup, Guid Registration, Guid Request, Guid Meeting)
{
    public static async Task<MatrixWorld> CreateAsync(MatchmakingApi api)
    {
        var published = await api.PublishedSessionAsync(b => b["acceptanceMode"] = "opt-out");
        var startup = await api.OrganisationAsync();
        var registration = MatchmakingApi.Id(await api.RegisteredAsync(published.Id, startup));
        var request = MatchmakingApi.Id(await api.RequestAsync(published.Id, startup, published.Buyers[0]));
        var meeting = MatchmakingApi.Id(await (await MatchmakingApi.BookAsync(api.User(startup), request, 0)).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var buyer = published.Buyers[0];
        return new MatrixWorld(published.Id, MatchmakingApi.Id(buyer), buyer.GetProperty("organisationId").GetGuid(), startup, registration, request, meeting);
    }

    public string Path(string template) => template
        .Replace("{session}", Session.ToString(), StringComparison.Ordinal)
        .Replace("{buyer}", Buyer.ToString(), StringComparison.Ordinal)
        .Replace("{registration}", Registration.ToString(), StringComparison.Ordinal)
        .Replace("{request}", Request.ToString(), StringComparison.Ordinal)
        .Replace("{meeting}", Meeting.ToString(), StringComparison.Ordinal);
}

/// <summary>The accelerator service with one <see cref="MatrixWorld"/>, built once for the matrix's read and refused calls.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    private readonly AcceleratorFixture _service = new();

    public MatchmakingApi Api { get; private set; } = null!;

    public MatrixWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _service.InitializeAsync();
        Api = new MatchmakingApi(_service.Service, _service.Clock);
        World = await MatrixWorld.CreateAsync(Api);
    }

    public Task DisposeAsync() => _service.DisposeAsync();
}

/// <summary>
/// Every Meet the corporates endpoint called by the anonymous, by the start-up the objects belong
/// to, by the buyer they concern, by another organisation and by a role they are not for (a
/// regional officer). Refusals are problem details and change nothing (no audit entry, no event);
/// someone else's private object answers 404, someone else's action 403. Allowed changes run on a
/// world of their own. What the allowed callers get is tested with each feature.
/// </summary>
public class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private readonly MatchmakingApi _api = fixture.Api;

    public enum Caller
    {
        Anonymous,
        OwnOrganisation,
        Buyer,
        OtherOrganisation,
        WrongRole,
    }

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode Conflict = HttpStatusCode.Conflict;
    private const HttpStatusCode Unprocessable = HttpStatusCode.UnprocessableEntity;

    private const string M = "/api/accelerator/matchmaking";

    /// <summary>Each endpoint with what each caller gets: anonymous, own organisation, buyer, other organisation, wrong role.</summary>
    private static readonly (string Method, string Path, HttpStatusCode[] Answers)[] Endpoints =
    [
        ("GET", $"{M}/buyers", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("GET", $"{M}/buyers/{{buyer}}", [Unauthorized, NotFound, Ok, NotFound, NotFound]),
        ("POST", $"{M}/buyers", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("PUT", $"{M}/buyers/{{buyer}}", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("GET", $"{M}/sessions", [Ok, Ok, Ok, Ok, Ok]),
        ("GET", $"{M}/sessions/{{session}}", [Ok, Ok, Ok, Ok, Ok]),
        ("POST", $"{M}/sessions", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("PUT", $"{M}/sessions/{{session}}", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("POST", $"{M}/sessions/{{session}}/publish", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("POST", $"{M}/sessions/{{session}}/amendments", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("POST", $"{M}/sessions/{{session}}/close", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("GET", $"{M}/sessions/{{session}}/buyers", [Ok, Ok, Ok, Ok, Ok]),
        ("GET", $"{M}/sessions/{{session}}/buyers/{{buyer}}", [Ok, Ok, Ok, Ok, Ok]),
        ("POST", $"{M}/sessions/{{session}}/buyers", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("PUT", $"{M}/sessions/{{session}}/buyers/{{buyer}}/availability", [Unauthorized, NotFound, Ok, NotFound, NotFound]),
        ("POST", $"{M}/sessions/{{session}}/registrations", [Unauthorized, Conflict, Unprocessable, Unprocessable, Forbidden]),
        ("GET", $"{M}/sessions/{{session}}/registrations", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("GET", $"{M}/registrations/{{registration}}", [Unauthorized, Ok, Ok, NotFound, NotFound]),
        ("PUT", $"{M}/registrations/{{registration}}/availability", [Unauthorized, Ok, NotFound, NotFound, NotFound]),
        ("POST", $"{M}/registrations/{{registration}}/cancel", [Unauthorized, Ok, NotFound, NotFound, NotFound]),
        ("POST", $"{M}/sessions/{{session}}/requests", [Unauthorized, Conflict, Unprocessable, Unprocessable, Forbidden]),
        ("GET", $"{M}/sessions/{{session}}/requests", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("GET", $"{M}/requests/{{request}}", [Unauthorized, Ok, Ok, NotFound, NotFound]),
        ("POST", $"{M}/requests/{{request}}/accept", [Unauthorized, Forbidden, Conflict, NotFound, Forbidden]),
        ("POST", $"{M}/requests/{{request}}/decline", [Unauthorized, Forbidden, Conflict, NotFound, Forbidden]),
        ("POST", $"{M}/requests/{{request}}/withdraw", [Unauthorized, Ok, Forbidden, NotFound, Forbidden]),
        ("POST", $"{M}/requests/{{request}}/booking", [Unauthorized, Conflict, Conflict, NotFound, NotFound]),
        ("POST", $"{M}/sessions/{{session}}/schedule", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("POST", $"{M}/sessions/{{session}}/agenda/preliminary", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("POST", $"{M}/sessions/{{session}}/agenda/final", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("GET", $"{M}/sessions/{{session}}/agenda", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("GET", $"{M}/sessions/{{session}}/agenda/mine", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("GET", $"{M}/meetings/{{meeting}}", [Unauthorized, Ok, Ok, NotFound, NotFound]),
        ("POST", $"{M}/meetings/{{meeting}}/cancel", [Unauthorized, Ok, Ok, NotFound, NotFound]),
        ("PUT", $"{M}/meetings/{{meeting}}/outcomes/participant", [Unauthorized, Unprocessable, Forbidden, NotFound, NotFound]),
        ("PUT", $"{M}/meetings/{{meeting}}/outcomes/buyer", [Unauthorized, Forbidden, Unprocessable, NotFound, NotFound]),
        ("GET", $"{M}/contracts", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("GET", $"{M}/contracts/startups", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden]),
    ];

    public static TheoryData<string, string, Caller, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string, string, Caller, HttpStatusCode>();
        foreach (var (method, path, answers) in Endpoints)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(method, path, caller, answers[(int)caller]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachCallerGetsWhatTheEndpointAllowsThem(string method, string template, Caller caller, HttpStatusCode expected)
    {
        var changes = method != "GET" && expected == Ok;
        var world = changes ? await MatrixWorld.CreateAsync(_api) : fixture.World;
        var request = new HttpRequestMessage(new HttpMethod(method), world.Path(template));
        if (method != "GET")
        {
            request.Content = JsonContent.Create(BodyFor(template, world));
            request.Headers.IfMatch.ParseAdd("*");
        }
        var before = await _api.ChangeCountsAsync();

        var response = await Client(caller, world).SendAsync(request);

        if (expected == Ok)
        {
            var body = await response.ReadOkAsync<JsonElement>();
            if (caller is Caller.OtherOrganisation or Caller.WrongRole)
            {
                // A list open to everyone signed in shows them nothing of someone else's.
                foreach (var secret in new[] { world.Registration, world.Request, world.Meeting })
                {
                    Assert.DoesNotContain(secret.ToString(), body.GetRawText(), StringComparison.Ordinal);
                }
            }
            return;
        }
        await response.ReadProblemAsync(expected);
        Assert.Equal(before, await _api.ChangeCountsAsync());
    }

    private HttpClient Client(Caller caller, MatrixWorld world) => caller switch
    {
        Caller.Anonymous => _api.Anonymous(),
        Caller.OwnOrganisation => _api.User(world.Startup),
        Caller.Buyer => _api.User(world.BuyerOrganisation),
        Caller.OtherOrganisation => _api.User(Guid.NewGuid()),
        _ => _api.Service.CreateClient().WithToken(Roles.RegionalOfficer),
    };

    /// <summary>A valid body for each endpoint, so that only who calls decides the answer.</summary>
    private object BodyFor(string template, MatrixWorld world) => template switch
    {
        _ when template.EndsWith("/availability", StringComparison.Ordinal) => new { availableSlots = new[] { 0, 1 } },
        _ when template.EndsWith("/amendments", StringComparison.Ordinal) => new { reason = "A bigger room", place = "Torino, Lingotto" },
        _ when template.EndsWith("/sessions/{session}/buyers", StringComparison.Ordinal) => new { buyerId = world.Buyer, challengesIt = "Sfide", challengesEn = "Challenges" },
        _ when template.EndsWith("/registrations", StringComparison.Ordinal) => new { pitch = "Recycled panels" },
        _ when template.EndsWith("/requests", StringComparison.Ordinal) => new { buyerId = world.Buyer, message = "Shall we meet?" },
        _ when template.EndsWith("/booking", StringComparison.Ordinal) => new { slot = 1 },
        _ when template.Contains("/outcomes/", StringComparison.Ordinal) => new { result = "follow-up" },
        _ when template.EndsWith("/buyers", StringComparison.Ordinal) || template.EndsWith("/buyers/{buyer}", StringComparison.Ordinal) =>
            new { name = "Matrix buyer", kind = "public", country = "IT", region = "Lombardia" },
        _ when template.EndsWith("/sessions", StringComparison.Ordinal) || template.EndsWith("/sessions/{session}", StringComparison.Ordinal) => _api.SessionBody(),
        _ => new { },
    };
}
