using System.Diagnostics;
using System.Globalization;
using System.Net;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.IdentityBench;
using PiedmontSystem.ServiceDefaults.Security;

// dotnet PiedmontSystem.IdentityBench.dll <gateway-url> <service-url> <email-pattern> <password> [people] [rounds] [requests]
//
// Issue 12's figures, on a throwaway platform whose identity service has <people> regional officers
// (<email-pattern> with {0} = 1..people, all with <password>):
// 1. sign-in and token issuance: <people> (20) people sign in one after another (the baseline),
//    then at once through the gateway, <rounds> (5) times each, every time the whole
//    authorization-code + PKCE flow with a fresh cookie jar; p50/p99 of the password form's answer,
//    of the token request and of the whole flow, and the ratio of the two runs.
// 2. what validating the identity service's tokens costs: the same officer-only read, <requests>
//    (3,000) times at 8 at once, with an RS256 token of the identity service (keys from its
//    discovery document) and with today's HS256 development token, alternating in three rounds;
//    straight to the registry service and through the gateway; p50/p99 and the ratio.
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: IdentityBench <gateway-url> <service-url> <email-pattern> <password> [people] [rounds] [requests]");
    return 2;
}
var gateway = new Uri(args[0]);
var service = new Uri(args[1]);
var pattern = args[2];
var password = args[3];
int Argument(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var people = Argument(4, 20);
var rounds = Argument(5, 5);
var requests = Argument(6, 3000);

// 1. Sign-ins: one warm-up flow (first JIT, first connection), then every person at once, round after round.
await SignInFlow.RunAsync(gateway, string.Format(CultureInfo.InvariantCulture, pattern, 1), password);
// The baseline: the same people one after another, nobody waiting for anybody.
var alone = new List<SignInTimes>();
for (var person = 1; person <= people; person++)
{
    alone.Add(await SignInFlow.RunAsync(gateway, string.Format(CultureInfo.InvariantCulture, pattern, person), password));
}
Console.WriteLine($"Sign-in through the gateway, one at a time ({alone.Count} sign-ins, the baseline):");
var aloneForm = Report("  password form (hash check, cookie)", alone.Select(t => t.SignInMs));
var aloneToken = Report("  token request (code + PKCE → tokens)", alone.Select(t => t.TokenMs));
var aloneFlow = Report("  whole flow (5 requests)", alone.Select(t => t.FlowMs));
Console.WriteLine();

var times = new List<SignInTimes>();
var wall = Stopwatch.StartNew();
for (var round = 0; round < rounds; round++)
{
    times.AddRange(await SameInstant.RunAsync(Enumerable.Range(1, people),
        person => SignInFlow.RunAsync(gateway, string.Format(CultureInfo.InvariantCulture, pattern, person), password)));
}
var seconds = wall.Elapsed.TotalSeconds;
Console.WriteLine($"Sign-in through the gateway, {people} people at once, {rounds} rounds ({times.Count} sign-ins, {times.Count / seconds:F1} per second):");
var form = Report("  password form (hash check, cookie)", times.Select(t => t.SignInMs));
var token = Report("  token request (code + PKCE → tokens)", times.Select(t => t.TokenMs));
var flow = Report("  whole flow (5 requests)", times.Select(t => t.FlowMs));
Console.WriteLine($"  ratio to one at a time, p50: password form {form.P50 / aloneForm.P50:F1}x, token {token.P50 / aloneToken.P50:F1}x, whole flow {flow.P50 / aloneFlow.P50:F1}x");

// 2. Validation cost: the same read with either token.
var providerToken = times[^1].AccessToken;
var developmentToken = DevelopmentTokens.Create(Roles.RegionalOfficer);
const string path = "/api/registry/clusters/CLEVER/memberships?limit=1";
foreach (var (where, baseUrl) in new[] { ("registry service directly", service), ("through the gateway", gateway) })
{
    using var client = new GatewayClient(baseUrl, 8);
    var provider = new List<double>();
    var development = new List<double>();
    await ReadAsync(client, providerToken, 200, []); // warm-up: discovery document, keys, connections
    await ReadAsync(client, developmentToken, 200, []);
    for (var round = 0; round < 3; round++)
    {
        await ReadAsync(client, developmentToken, requests / 3, development);
        await ReadAsync(client, providerToken, requests / 3, provider);
    }
    Console.WriteLine();
    Console.WriteLine($"Officer-only read {where}, 8 at once, {provider.Count} requests per token:");
    var hs = Report("  HS256 development token (today)", development);
    var rs = Report("  RS256 identity-service token (discovery)", provider);
    Console.WriteLine($"  ratio RS256 / HS256: p50 {rs.P50 / hs.P50:F2}x, p99 {rs.P99 / hs.P99:F2}x");
}
return 0;

static async Task ReadAsync(GatewayClient client, string token, int count, List<double> into)
{
    var next = -1;
    var measured = new List<double>[8];
    await Task.WhenAll(Enumerable.Range(0, 8).Select(async worker =>
    {
        measured[worker] = [];
        while (Interlocked.Increment(ref next) < count)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(HttpMethod.Get, path, token, null);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            measured[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }));
    into.AddRange(measured.SelectMany(m => m));
}

static (double P50, double P99) Report(string what, IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    var (p50, p99) = (Percentiles.Of(sorted, 0.5), Percentiles.Of(sorted, 0.99));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-46} p50 {p50,8:F1} ms   p99 {p99,8:F1} ms"));
    return (p50, p99);
}
