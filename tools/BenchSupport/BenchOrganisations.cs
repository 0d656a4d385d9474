using System.Globalization;
using System.Net;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.BenchSupport;

/// <summary>Organisations registered in the registry through the gateway, as their own users register them; the other services hear of them by the registry's events.</summary>
public static class BenchOrganisations
{
    private static readonly string[] GreenTech = ["GREEN_TECH"];

    /// <summary>Registers <paramref name="count"/> small enterprises in Turin named <c>{namePrefix} 000 …</c>; their ids in that order.</summary>
    public static async Task<IReadOnlyList<Guid>> RegisterAsync(GatewayClient gateway, int count, string namePrefix, CancellationToken ct = default)
    {
        var ids = new Guid[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (i, token) =>
        {
            // Each registrar its own user: the gateway limits requests per user.
            var registrar = DevelopmentTokens.Create(Roles.OrganisationUser, Guid.NewGuid().ToString(), subject: $"bench-registrar-{i}");
            var profile = await gateway.CallAsync(HttpMethod.Post, "/api/registry/organisations", registrar, new
            {
                legalName = string.Create(CultureInfo.InvariantCulture, $"{namePrefix} {i:D3} {Guid.NewGuid().ToString("N")[..6]}"),
                vatNumber = VatNumber(), kind = "enterprise", province = "TO",
                headcount = 8, turnoverEur = 900_000m, prioritySystems = GreenTech,
            }, HttpStatusCode.Created, token);
            ids[i] = profile.GetProperty("id").GetGuid();
        });
        return ids;
    }

    /// <summary>A random Italian VAT number (partita IVA) with a valid check digit.</summary>
    public static string VatNumber()
    {
        var digits = new int[11];
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            digits[i] = Random.Shared.Next(10);
            var weighted = i % 2 == 1 ? digits[i] * 2 : digits[i];
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        digits[10] = (10 - (sum % 10)) % 10;
        return string.Concat(digits);
    }
}
