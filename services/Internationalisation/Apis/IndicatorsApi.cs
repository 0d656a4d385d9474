using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Apis.Events;
using PiedmontSystem.Internationalisation.Apis.Liaison;
using PiedmontSystem.Internationalisation.Apis.Partnering;

namespace PiedmontSystem.Internationalisation.Apis;

/// <summary>Collaborations recorded in the year (or ever), by partner country.</summary>
public sealed record CollaborationFigures(int Total, int International, int InterRegional, IReadOnlyDictionary<string, int> ByCountry);

/// <summary>CEIP's indicators: liaison requests and introductions, international events, collaborations, partnering profiles and interests.</summary>
public sealed record InternationalisationIndicatorsResponse(
    int? Year, LiaisonIndicatorsResponse Liaison, EventsIndicators.EventFigures Events, CollaborationFigures Collaborations, PartneringIndicators.PartneringFigures Partnering);

/// <summary>
/// The region's monitoring view of CEIP's work, public and in aggregate only: requests by kind,
/// country and outcome with the median times to assessment and closure, events and participants,
/// introductions by outcome, collaborations by country, partnering profiles published (by
/// direction and kind) and the interests expressed and accepted.
/// </summary>
public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/internationalisation/indicators", GetIndicators).WithTags("Indicators").WithName(nameof(GetIndicators))
            .WithSummary("Liaison requests (by kind, country, outcome; median days to assessment and closure), introductions, events and participants, collaborations by country, partnering profiles and interests; ?year= for one year")
            .AllowAnonymous();
        return app;
    }

    public static async Task<Ok<InternationalisationIndicatorsResponse>> GetIndicators([AsParameters] InternationalisationServices services, int? year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new ServiceDefaults.Errors.RequestValidationException(nameof(year), "Give a year between 2000 and 2100.");
        }
        var liaison = await LiaisonIndicators.ComputeAsync(services.Db, services.Now, year, services.Cancellation);
        var events = await EventsIndicators.ComputeAsync(services.Db, year, services.Cancellation);
        var partnering = await PartneringIndicators.ComputeAsync(services.Db, services.Now, year, services.Cancellation);
        var collaborations = services.Db.Collaborations.AsNoTracking();
        if (year is { } y)
        {
            var from = new DateTimeOffset(y, 1, 1, 0, 0, 0, TimeSpan.Zero);
            collaborations = collaborations.Where(c => c.RecordedAt >= from && c.RecordedAt < from.AddYears(1));
        }
        var byCountry = await collaborations.GroupBy(c => c.PartnerCountry).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, services.Cancellation);
        var total = byCountry.Values.Sum();
        var interRegional = byCountry.GetValueOrDefault("IT");
        return TypedResults.Ok(new InternationalisationIndicatorsResponse(year, liaison, events,
            new CollaborationFigures(total, total - interRegional, interRegional, byCountry), partnering));
    }
}
