using System.Collections.Frozen;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>
/// Where a buyer comes from: an ISO 3166-1 alpha-2 country and a region. The seed counts the large
/// buyers "from outside the regional context": a buyer is from outside unless its country is Italy
/// and its region Piedmont (written Piemonte or Piedmont).
/// </summary>
public static class BuyerOrigin
{
    public const string HomeCountry = "IT";

    private static readonly FrozenSet<string> HomeRegionNames = new[] { "Piemonte", "Piedmont" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsCountryCode(string? code) => code is not null && Contracts.CountryCodes.All.Contains(code);

    public static bool IsHomeRegion(string region) => HomeRegionNames.Contains(region.Trim());

    public static bool IsOutsideRegion(string country, string region) => country != HomeCountry || !IsHomeRegion(region);
}
