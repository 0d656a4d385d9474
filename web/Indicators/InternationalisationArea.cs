using PiedmontSystem.Web.Indicators.Charts;
using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Indicators;

/// <summary>What the portal reads of <c>GET /api/internationalisation/indicators</c> (public, aggregates only).</summary>
public sealed record InternationalisationIndicators(LiaisonFigures Liaison, EventFigures Events, CollaborationFigures Collaborations);

public sealed record LiaisonFigures(int Requests, IReadOnlyDictionary<string, int> RequestsByOutcome, double? MedianWorkingDaysToClosure,
    int Introductions, IReadOnlyDictionary<string, int> IntroductionsByOutcome);

public sealed record EventFigures(int Participants);

public sealed record CollaborationFigures(int Total, int International, int InterRegional, IReadOnlyDictionary<string, int> ByCountry);

/// <summary>CEIP's area: what became of liaison requests and introductions, and collaborations by partner country.</summary>
public static class InternationalisationArea
{
    public const string Id = "internationalisation";
    public const string RequestsFigure = "ceip-requests";
    public const string IntroductionsFigure = "ceip-introductions";
    public const string CollaborationsFigure = "collaborations";
    public const string Path = "api/internationalisation/indicators";

    public static string Heading => T("Internazionalizzazione (CEIP)", "Going international (CEIP)");

    public static IReadOnlyList<(string Id, string Heading)> Figures =>
    [
        (RequestsFigure, T("Esito delle richieste al CEIP", "Outcome of requests to CEIP")),
        (IntroductionsFigure, T("Esito delle presentazioni a partner esteri", "Outcome of introductions to foreign partners")),
        (CollaborationsFigure, T("Collaborazioni per paese del partner", "Collaborations by partner country")),
    ];

    public static IndicatorArea Build(InternationalisationIndicators figures) =>
        new(Id, Heading,
            [
                new(T("Richieste di servizi", "Service requests"), Number(figures.Liaison.Requests)),
                new(T("Giorni lavorativi per chiuderle (mediana)", "Working days to close them (median)"),
                    figures.Liaison.MedianWorkingDaysToClosure is { } days ? FigureTable.Show((decimal)days, FigureKind.OneDecimal) : "—"),
                new(T("Partecipanti agli eventi internazionali", "Participants in international events"), Number(figures.Events.Participants)),
                new(T("Collaborazioni internazionali", "International collaborations"), Number(figures.Collaborations.International)),
                new(T("Collaborazioni interregionali (Italia)", "Inter-regional collaborations (Italy)"), Number(figures.Collaborations.InterRegional)),
            ],
            [
                Counts(RequestsFigure, Figures[0].Heading, IndicatorLabels.InOrder(IndicatorLabels.LiaisonOutcomes, figures.Liaison.RequestsByOutcome, keepZeros: false),
                    IndicatorLabels.LiaisonOutcome, T("Esito", "Outcome"), T("Richieste", "Requests"),
                    T("Barre orizzontali: quante richieste di servizi al CEIP hanno avuto ciascun esito.", "Horizontal bars: how many service requests to CEIP ended in each outcome."),
                    T("Nessuna richiesta al CEIP.", "No request to CEIP."),
                    T("Richieste di servizi al CEIP per esito", "Service requests to CEIP by outcome")),
                Counts(IntroductionsFigure, Figures[1].Heading, IndicatorLabels.InOrder(IndicatorLabels.IntroductionStages, figures.Liaison.IntroductionsByOutcome, keepZeros: false),
                    IndicatorLabels.IntroductionStage, T("Esito", "Outcome"), T("Presentazioni", "Introductions"),
                    T("Barre orizzontali: fin dove sono arrivate le presentazioni di imprese a multinazionali e partner esteri.", "Horizontal bars: how far the introductions of companies to multinationals and foreign partners got."),
                    T("Nessuna presentazione.", "No introduction."),
                    T("Presentazioni a partner esteri per esito", "Introductions to foreign partners by outcome")),
                Collaborations(figures.Collaborations),
            ]);

    private static IndicatorFigure Counts(string id, string heading, IReadOnlyList<(string Code, int Count)> counts, Func<string, string> label,
        string keyHeader, string countHeader, string description, string empty, string caption)
    {
        var svg = HorizontalBarChart.Render("chart-" + id, new ChartText(heading, description, empty),
            [.. counts.Select(c => new ChartPoint(label(c.Code), c.Count))], Number);
        var table = new FigureTable(caption, [new(keyHeader, FigureKind.Text), new(countHeader, FigureKind.Count)],
            [.. counts.Select(c => (IReadOnlyList<object?>)[label(c.Code), c.Count])]);
        return new IndicatorFigure(id, heading, FigureState.Shown, svg, table);
    }

    private static IndicatorFigure Collaborations(CollaborationFigures figures)
    {
        var heading = Figures[2].Heading;
        var byCountry = figures.ByCountry.OrderByDescending(c => c.Value).ThenBy(c => IndicatorLabels.Country(c.Key), StringComparer.CurrentCulture).ToList();
        var svg = HorizontalBarChart.Render("chart-" + CollaborationsFigure,
            new ChartText(heading,
                T($"Barre orizzontali: le collaborazioni registrate per paese del partner, dalla più frequente. In tutto {Number(figures.Total)}.",
                  $"Horizontal bars: the collaborations recorded by partner country, most frequent first. {Number(figures.Total)} in all."),
                T("Nessuna collaborazione registrata.", "No collaboration recorded.")),
            [.. byCountry.Select(c => new ChartPoint(IndicatorLabels.Country(c.Key), c.Value))], Number);
        var table = new FigureTable(T("Collaborazioni internazionali e interregionali per paese del partner", "International and inter-regional collaborations by partner country"),
            [new(T("Paese", "Country"), FigureKind.Text), new(T("Codice ISO", "ISO code"), FigureKind.Text), new(T("Collaborazioni", "Collaborations"), FigureKind.Count)],
            [.. byCountry.Select(c => (IReadOnlyList<object?>)[IndicatorLabels.Country(c.Key), c.Key, c.Value])]);
        return new IndicatorFigure(CollaborationsFigure, heading, FigureState.Shown, svg, table);
    }
}
