using System.Globalization;
using System.Net;
using System.Text.Json;
using PiedmontSystem.BenchSupport;

namespace PiedmontSystem.EventsBench;

/// <summary>International events as a CEIP officer drafts and publishes them (services/Internationalisation/Apis/Events).</summary>
internal static class BenchEvents
{
    private static readonly string[] GreenTech = ["GREEN_TECH"];

    /// <summary>
    /// Drafts and publishes an event held <paramref name="inDays"/> days from now from 09:00 to
    /// <paramref name="endsAt"/> (wall clock in <paramref name="timeZone"/>), registration open for ten days.
    /// </summary>
    public static async Task<JsonElement> PublishAsync(GatewayClient gateway, string officer, string kind, string title, string country, string city,
        string timeZone, int inDays, int durationDays, string endsAt, int capacity)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(inDays);
        static string Wall(DateOnly date, string time) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + time;
        var drafted = await gateway.CallAsync(HttpMethod.Post, "/api/internationalisation/events", officer, new
        {
            kind, titleIt = title, titleEn = title, country, city, timeZone,
            startsAt = Wall(day, "09:00"), endsAt = Wall(day.AddDays(durationDays - 1), endsAt),
            prioritySystems = GreenTech, capacity,
            registrationDeadline = DateTimeOffset.UtcNow.AddDays(10).ToString("o", CultureInfo.InvariantCulture), feeEur = (decimal?)null,
        }, HttpStatusCode.Created);
        return await gateway.CallAsync(HttpMethod.Post, $"/api/internationalisation/events/{drafted.GetProperty("id").GetGuid()}/publish", officer, null, HttpStatusCode.OK);
    }
}
