using PiedmontSystem.Web.Indicators.Charts;
using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Indicators;

/// <summary>What the portal reads of <c>GET /api/accelerator/indicators</c> (public, aggregates only).</summary>
public sealed record AcceleratorIndicators(string ProgrammeCode, int MinimumGroup, AcceleratorResults Totals, IReadOnlyList<IntakeResults> ByIntake, MeetTheCorporatesFigures MeetTheCorporates);

public sealed record AcceleratorResults(
    int ParticipatingStartups, int ParticipatingSmes, int Completed, int DroppedOut,
    int GrewInNationalMarkets, int GrewInInternationalMarkets, int ReceivedPrivateInvestment, decimal? PrivateInvestmentEur);

public sealed record IntakeResults(string IntakeCode, int Year, AcceleratorResults Indicators);

public sealed record MeetTheCorporatesFigures(IReadOnlyList<SessionResults> Sessions, MeetTheCorporatesTotals Totals);

public sealed record SessionResults(string TitleIt, string TitleEn, DateOnly Date, int MeetingsScheduled, int MeetingsHeld, int ParticipatingSmes, int Buyers,
    int BuyersFromOutsideRegion, int ContractsSigned, decimal ContractsValueEur);

public sealed record MeetTheCorporatesTotals(int Sessions, int MeetingsScheduled, int MeetingsHeld, int ParticipatingSmes, int Buyers, int BuyersFromOutsideRegion,
    int ContractsSigned, decimal ContractsValueEur);

/// <summary>The accelerator's area: the Business Accelerator's results per intake, and Meet the corporates' meetings and contracts per session.</summary>
public static class AcceleratorArea
{
    public const string Id = "accelerator";
    public const string ResultsFigure = "accelerator";
    public const string ContractsFigure = "meet-the-corporates";
    public const string Path = "api/accelerator/indicators";

    public static string Heading => T("Acceleratore di impresa e Meet the corporates", "Business Accelerator and Meet the corporates");

    public static IReadOnlyList<(string Id, string Heading)> Figures =>
    [
        (ResultsFigure, T("Risultati dell'acceleratore", "Accelerator results")),
        (ContractsFigure, T("Meet the corporates: contratti di fornitura per incontro", "Meet the corporates: supply contracts per session")),
    ];

    public static IndicatorArea Build(AcceleratorIndicators figures)
    {
        var totals = figures.Totals;
        var mtc = figures.MeetTheCorporates.Totals;
        return new IndicatorArea(Id, Heading,
            [
                new(T("Start-up partecipanti", "Participating start-ups"), Number(totals.ParticipatingStartups)),
                new(T("Investimenti privati raccolti", "Private investment raised"), totals.PrivateInvestmentEur is { } invested ? Euros(invested) : NotPublished),
                new(T("Incontri di Meet the corporates svolti", "Meet the corporates meetings held"), Number(mtc.MeetingsHeld)),
                new(T("Grandi imprese da fuori regione", "Buyers from outside the region"), Number(mtc.BuyersFromOutsideRegion)),
                new(T("Contratti firmati", "Contracts signed"), Number(mtc.ContractsSigned)),
                new(T("Valore dei contratti", "Value of the contracts"), Euros(mtc.ContractsValueEur)),
            ],
            [Results(figures), Contracts(figures.MeetTheCorporates)],
            T($"Programma {figures.ProgrammeCode}. Le somme su meno di {figures.MinimumGroup} imprese non sono pubblicate (—): sarebbero i dati di una singola impresa.",
              $"Programme {figures.ProgrammeCode}. Sums over fewer than {figures.MinimumGroup} companies are not published (—): they would be one company's own figures."));
    }

    private static string NotPublished => T("non pubblicato (meno di 3 imprese)", "not published (fewer than 3 companies)");

    private static IReadOnlyList<(string Label, Func<AcceleratorResults, int> Of)> Measures =>
    [
        (T("Start-up partecipanti", "Participating start-ups"), r => r.ParticipatingStartups),
        (T("di cui PMI", "of which SMEs"), r => r.ParticipatingSmes),
        (T("Percorso completato", "Completed the programme"), r => r.Completed),
        (T("Ritirate", "Dropped out"), r => r.DroppedOut),
        (T("Cresciute sul mercato nazionale", "Grew in national markets"), r => r.GrewInNationalMarkets),
        (T("Cresciute sui mercati internazionali", "Grew in international markets"), r => r.GrewInInternationalMarkets),
        (T("Con investimenti privati", "Received private investment"), r => r.ReceivedPrivateInvestment),
    ];

    private static IndicatorFigure Results(AcceleratorIndicators figures)
    {
        var heading = Figures[0].Heading;
        var measures = Measures;
        var svg = HorizontalBarChart.Render("chart-" + ResultsFigure,
            new ChartText(heading,
                T("Barre orizzontali: le start-up che hanno partecipato all'acceleratore e, tra loro, quante hanno completato il percorso, sono cresciute o hanno ricevuto investimenti privati.",
                  "Horizontal bars: the start-ups that took part in the accelerator and, among them, how many completed it, grew or received private investment."),
                T("Nessuna start-up ha ancora partecipato.", "No start-up has taken part yet.")),
            figures.Totals.ParticipatingStartups == 0 ? [] : [.. measures.Select(m => new ChartPoint(m.Label, m.Of(figures.Totals)))], Number);
        var table = new FigureTable(T("Risultati dell'acceleratore, in totale e per edizione", "Accelerator results, in total and per intake"),
            [
                new(T("Indicatore", "Indicator"), FigureKind.Text),
                new(T("Totale", "Total"), FigureKind.Count),
                .. figures.ByIntake.Select(i => new FigureColumn($"{i.IntakeCode} ({i.Year})", FigureKind.Count)),
            ],
            [.. measures.Select(m => (IReadOnlyList<object?>)[m.Label, m.Of(figures.Totals), .. figures.ByIntake.Select(i => (object?)m.Of(i.Indicators))])]);
        return new IndicatorFigure(ResultsFigure, heading, FigureState.Shown, svg, table);
    }

    private static IndicatorFigure Contracts(MeetTheCorporatesFigures figures)
    {
        var heading = Figures[1].Heading;
        string Title(SessionResults s) => $"{T(s.TitleIt, s.TitleEn)} ({Day(s.Date)})";
        var svg = HorizontalBarChart.Render("chart-" + ContractsFigure,
            new ChartText(heading,
                T("Barre orizzontali: il valore dei contratti di fornitura firmati dopo ciascun incontro di Meet the corporates.",
                  "Horizontal bars: the value of the supply contracts signed after each Meet the corporates session."),
                T("Nessun incontro di Meet the corporates ancora pubblicato.", "No Meet the corporates session published yet.")),
            [.. figures.Sessions.Select(s => new ChartPoint(Title(s), s.ContractsValueEur))], Euros);
        var table = new FigureTable(T("Incontri, partecipanti e contratti per sessione di Meet the corporates", "Meetings, participants and contracts per Meet the corporates session"),
            [
                new(T("Sessione", "Session"), FigureKind.Text),
                new(T("Incontri in agenda", "Meetings scheduled"), FigureKind.Count),
                new(T("Incontri svolti", "Meetings held"), FigureKind.Count),
                new(T("PMI partecipanti", "Participating SMEs"), FigureKind.Count),
                new(T("Grandi imprese", "Buyers"), FigureKind.Count),
                new(T("di cui da fuori regione", "of which from outside the region"), FigureKind.Count),
                new(T("Contratti firmati", "Contracts signed"), FigureKind.Count),
                new(T("Valore dei contratti (€)", "Value of the contracts (€)"), FigureKind.Euros),
            ],
            [.. figures.Sessions.Select(s => (IReadOnlyList<object?>)[Title(s), s.MeetingsScheduled, s.MeetingsHeld, s.ParticipatingSmes, s.Buyers, s.BuyersFromOutsideRegion, s.ContractsSigned, s.ContractsValueEur])]);
        return new IndicatorFigure(ContractsFigure, heading, FigureState.Shown, svg, table);
    }
}
