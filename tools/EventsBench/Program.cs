using System.Diagnostics;
using System.Globalization;
using System.Net;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.EventsBench;
using PiedmontSystem.ServiceDefaults.Security;

// dotnet PiedmontSystem.EventsBench.dll <gateway-url> <ids-file> [clients] [places] [b2b-participants] [b2b-guests] [seed]
//
// Through the gateway (issue 11's figures):
// 1. registers `clients` organisations in the registry (500) and waits until the internationalisation
//    service has heard of them; a CEIP officer publishes a trade mission with `places` places (100);
//    every organisation's client registers at the same instant. Must give `places` confirmed, the
//    rest wait-listed, nothing else, and a wait list 1..n in the order of the server's timestamps.
// 2. a B2B day of `b2b-participants` (150): `b2b-guests` foreign guests (40) added by CEIP officers and
//    the rest registered organisations; every participant asks 6-8 others (seeded), the asked side
//    accepts most and declines some, a CEIP officer runs the scheduler; every agenda is read back and
//    must have no participant and no table twice in a slot.
// Writes `rush_event=<id>` and `b2b_event=<id>` to <ids-file> for the script's database checks.
// Exit code 0 only when every rule held.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: EventsBench <gateway-url> <ids-file> [clients] [places] [b2b-participants] [b2b-guests] [seed]");
    return 2;
}
var baseUrl = new Uri(args[0]);
var idsFile = args[1];
int Argument(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var clients = Argument(2, 500);
var places = Argument(3, 100);
var b2bParticipants = Argument(4, 150);
var b2bGuests = Argument(5, 40);
var seed = Argument(6, 2026);
var b2bOrganisations = b2bParticipants - b2bGuests;
if (b2bOrganisations < 1 || b2bGuests < 0)
{
    Console.Error.WriteLine($"A B2B day of {b2bParticipants} with {b2bGuests} guests has no registered organisation.");
    return 2;
}

using var gateway = new GatewayClient(baseUrl, clients + 20);
var officer = DevelopmentTokens.Create(Roles.CeipOfficer, subject: "bench-ceip-officer");

// The organisations, as the registry registers them; the internationalisation service hears of them by its events.
var count = Math.Max(clients, b2bOrganisations);
Console.WriteLine($"Registering {count} organisations in the registry…");
var organisations = await BenchOrganisations.RegisterAsync(gateway, count, "Events bench organisation");
var known = Stopwatch.StartNew();
await WaitUntilKnownAsync(organisations, TimeSpan.FromSeconds(120));
Console.WriteLine($"The internationalisation service knew all {count} within {known.Elapsed.TotalSeconds:0.0} s of the last registration.");

var rush = await new RegistrationRush(gateway, officer).RunAsync(organisations.Take(clients).ToList(), places);
await File.WriteAllTextAsync(idsFile, $"rush_event={rush.EventId}\n");
Console.WriteLine();
var b2b = await new B2bDayRun(gateway, officer, seed).RunAsync(organisations.Take(b2bOrganisations).ToList(), b2bGuests);
await File.AppendAllTextAsync(idsFile, $"b2b_event={b2b.EventId}\n");
return rush.Held && b2b.Held ? 0 : 1;

// Polls the service's copy of the registry (CEIP officers' client view) until every organisation is in it.
async Task WaitUntilKnownAsync(IReadOnlyList<Guid> ids, TimeSpan timeout)
{
    using var cancellation = new CancellationTokenSource(timeout);
    try
    {
        await Parallel.ForEachAsync(ids.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellation.Token }, async (o, ct) =>
        {
            // One officer's token per organisation checked: the gateway limits requests per user, not what is measured here.
            var checker = DevelopmentTokens.Create(Roles.CeipOfficer, subject: $"bench-ceip-check-{o.i}");
            while (true)
            {
                using var response = await gateway.SendAsync(HttpMethod.Get, $"/api/internationalisation/clients/{o.id}", checker, null, ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    await GatewayClient.ReadAsync(response, HttpStatusCode.OK); // throws with the answer
                }
                await Task.Delay(250, ct);
            }
        });
    }
    catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
    {
        throw new TimeoutException($"The internationalisation service did not know every organisation {timeout.TotalSeconds:0} s after their registration.");
    }
}
