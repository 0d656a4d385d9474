using Microsoft.AspNetCore.Authentication;
using PiedmontSystem.ServiceDefaults.Security;
using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Indicators;

/// <summary>
/// Each figure's table as CSV, <c>GET /indicators/{figure}.csv</c>, with the same authorization as
/// the figure on the page: public, except the proposals' (regional officers).
/// </summary>
public static class IndicatorsEndpoints
{
    public static IServiceCollection AddIndicators(this IServiceCollection services) => services.AddScoped<IndicatorsReader>();

    public static IEndpointRouteBuilder MapIndicatorsEndpoints(this IEndpointRouteBuilder app)
    {
        // A literal segment wins over the pattern below: the proposals' CSV is the officers'.
        app.MapGet($"/indicators/{FundingArea.ProposalsFigure}.csv", DownloadProposalsAsync)
            .RequireAuthorization(Policies.RegionalOfficer).ExcludeFromDescription();
        app.MapGet("/indicators/{figure}.csv", DownloadAsync)
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static Task<IResult> DownloadProposalsAsync(HttpContext http, IndicatorsReader reader) =>
        DownloadAsync(FundingArea.ProposalsFigure, http, reader);

    public static async Task<IResult> DownloadAsync(string figure, HttpContext http, IndicatorsReader reader)
    {
        if (IndicatorsReader.AreaOf(figure) is not { } area)
        {
            return Results.NotFound();
        }
        var read = await reader.ReadAreaAsync(area, CurrentUser.From(http.User), http.RequestAborted);
        var found = read.Figures.Single(f => f.Id == figure);
        return found switch
        {
            { State: FigureState.Shown, Table: { } table } => Results.File(Csv.Encode(table.ToCsv()), Csv.ContentType, $"{figure}.csv"),
            { State: FigureState.SignInRequired } => Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.Path }),
            { State: FigureState.RoleRequired } => Results.Forbid(),
            _ => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                title: T("I dati non sono disponibili in questo momento.", "The figures are not available at the moment."),
                detail: T("Il servizio che li calcola non ha risposto: riprova fra qualche minuto.", "The service that counts them did not answer: try again in a few minutes.")),
        };
    }
}
