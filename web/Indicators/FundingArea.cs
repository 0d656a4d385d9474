using PiedmontSystem.Web.Indicators.Charts;
using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Indicators;

/// <summary>What the portal reads of <c>GET /api/funding/programmes</c> (public).</summary>
public sealed record ProgrammeFigures(string Code, string Name, decimal BudgetEur, decimal EuCofinancingRate, decimal AllocatedToCallsEur);

/// <summary>What the portal reads of <c>GET /api/funding/calls</c> (public; officers also see drafts): a call's stage, budget and what its grants hold.</summary>
public sealed record CallFigures(string Code, string ProgrammeCode, string Status, decimal BudgetEur, decimal CommittedEur);

/// <summary>What the portal reads of <c>GET /api/funding/proposals</c> (every proposal for a regional officer).</summary>
public sealed record ProposalFigures(string Status, GrantFigures? Grant);

public sealed record GrantFigures(decimal AmountEur, decimal EuShareEur, decimal RegionalShareEur);

/// <summary>
/// The funding calls' area: calls by stage, grants per programme with their EU share, and (for
/// regional officers, who see every proposal) proposals by stage. The funding service has no
/// indicators endpoint: these are counted here from its public lists. A call's committed amount is
/// what its grants hold; the EU share applies the programme's co-financing rate to it.
/// </summary>
public static class FundingArea
{
    public const string Id = "funding";
    public const string CallsFigure = "calls";
    public const string GrantsFigure = "grants";
    public const string ProposalsFigure = "proposals";

    public static string Heading => T("Bandi, proposte e contributi", "Calls, proposals and grants");

    public static IReadOnlyList<(string Id, string Heading)> Figures =>
    [
        (CallsFigure, T("Bandi per stato", "Calls by stage")),
        (GrantsFigure, T("Contributi concessi per programma e quota UE", "Grants awarded per programme and EU share")),
        (ProposalsFigure, T("Proposte per stato", "Proposals by stage")),
    ];

    /// <summary>The area; <paramref name="proposals"/> is null when the person may not see them all (<paramref name="proposalsState"/> says why).</summary>
    public static IndicatorArea Build(IReadOnlyList<ProgrammeFigures> programmes, IReadOnlyList<CallFigures> calls, IReadOnlyList<ProposalFigures>? proposals, FigureState proposalsState)
    {
        var granted = calls.Sum(c => c.CommittedEur);
        var rates = programmes.ToDictionary(p => p.Code, p => p.EuCofinancingRate);
        var euShare = calls.Sum(c => EuShare(c.CommittedEur, rates.GetValueOrDefault(c.ProgrammeCode)));
        var keyFigures = new List<KeyFigure>
        {
            new(T("Bandi pubblicati", "Calls published"), Number(calls.Count(c => c.Status != "draft"))),
            new(T("Dotazione dei bandi", "Budget of the calls"), Euros(calls.Where(c => c.Status != "draft").Sum(c => c.BudgetEur))),
            new(T("Contributi concessi", "Grants awarded"), Euros(granted)),
            new(T("di cui quota UE", "of which EU share"), Euros(euShare)),
        };
        if (proposals is not null)
        {
            keyFigures.Add(new(T("Proposte presentate", "Proposals made"), Number(proposals.Count(p => p.Status != "draft"))));
        }
        return new IndicatorArea(Id, Heading, keyFigures,
            [
                Calls(calls),
                Grants(programmes, calls),
                proposals is null ? new IndicatorFigure(ProposalsFigure, Figures[2].Heading, proposalsState) : Proposals(proposals),
            ]);
    }

    /// <summary>The EU's part of a grant at the programme's rate, rounded down to the cent as the funding service rounds it.</summary>
    public static decimal EuShare(decimal amountEur, decimal rate) => Math.Round(amountEur * rate, 2, MidpointRounding.ToZero);

    private static IndicatorFigure Calls(IReadOnlyList<CallFigures> calls)
    {
        var counts = calls.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
        var order = IndicatorLabels.CallStatuses.Where(s => s != "draft" || counts.ContainsKey(s)).ToList();
        var byStatus = IndicatorLabels.InOrder(order, counts);
        var heading = Figures[0].Heading;
        var svg = ColumnChart.Render("chart-" + CallsFigure,
            new ChartText(heading,
                T("Colonne: quanti bandi sono in ciascuno stato, nell'ordine in cui un bando li attraversa.", "Columns: how many calls are at each stage, in the order a call goes through them."),
                T("Nessun bando pubblicato.", "No call published.")),
            calls.Count == 0 ? [] : [.. byStatus.Select(s => new ChartPoint(IndicatorLabels.CallStatus(s.Code), s.Count))], Number);
        var table = new FigureTable(T("Bandi e loro dotazione per stato", "Calls and their budget by stage"),
            [new(T("Stato", "Stage"), FigureKind.Text), new(T("Bandi", "Calls"), FigureKind.Count), new(T("Dotazione (€)", "Budget (€)"), FigureKind.Euros)],
            [.. byStatus.Select(s => (IReadOnlyList<object?>)[IndicatorLabels.CallStatus(s.Code), s.Count, calls.Where(c => c.Status == s.Code).Sum(c => c.BudgetEur)])]);
        return new IndicatorFigure(CallsFigure, heading, FigureState.Shown, svg, table);
    }

    private static IndicatorFigure Grants(IReadOnlyList<ProgrammeFigures> programmes, IReadOnlyList<CallFigures> calls)
    {
        var rows = programmes.Select(p =>
        {
            var granted = calls.Where(c => c.ProgrammeCode == p.Code).Sum(c => c.CommittedEur);
            var eu = calls.Where(c => c.ProgrammeCode == p.Code).Sum(c => EuShare(c.CommittedEur, p.EuCofinancingRate));
            return (Programme: p, Granted: granted, Eu: eu, Regional: granted - eu);
        }).ToList();
        var heading = Figures[1].Heading;
        var euLabel = T("Quota UE", "EU share");
        var regionalLabel = T("Quota regionale e nazionale", "Regional and national share");
        var svg = StackedBarChart.Render("chart-" + GrantsFigure,
            new ChartText(heading,
                T("Barre orizzontali: per ogni programma i contributi concessi, divisi in quota UE e quota regionale e nazionale; dopo ogni barra il totale concesso.",
                  "Horizontal bars: for each programme the grants awarded, split into the EU share and the regional and national share; after each bar the total awarded."),
                T("Nessun programma di finanziamento.", "No funding programme.")),
            [euLabel, regionalLabel],
            [.. rows.Select(r => new StackedRow(r.Programme.Code, [r.Eu, r.Regional], Euros(r.Granted)))],
            StackedMode.Values, Euros, share => FigureTable.Percent(share * 100));
        var table = new FigureTable(T("Dotazione, bandi e contributi concessi per programma", "Budget, calls and grants awarded per programme"),
            [
                new(T("Programma", "Programme"), FigureKind.Text),
                new(T("Dotazione (€)", "Budget (€)"), FigureKind.Euros),
                new(T("Assegnato ai bandi (€)", "Allocated to calls (€)"), FigureKind.Euros),
                new(T("Contributi concessi (€)", "Grants awarded (€)"), FigureKind.Euros),
                new(T("Cofinanziamento UE (%)", "EU co-financing (%)"), FigureKind.Percent),
                new(T("Quota UE (€)", "EU share (€)"), FigureKind.Euros),
                new(T("Quota regionale e nazionale (€)", "Regional and national share (€)"), FigureKind.Euros),
            ],
            [.. rows.Select(r => (IReadOnlyList<object?>)[$"{r.Programme.Code} – {r.Programme.Name}", r.Programme.BudgetEur, r.Programme.AllocatedToCallsEur, r.Granted,
                r.Programme.EuCofinancingRate * 100, r.Eu, r.Regional])]);
        return new IndicatorFigure(GrantsFigure, heading, FigureState.Shown, svg, table);
    }

    private static IndicatorFigure Proposals(IReadOnlyList<ProposalFigures> proposals)
    {
        var counts = proposals.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        var byStatus = IndicatorLabels.InOrder(IndicatorLabels.ProposalStatuses, counts);
        var heading = Figures[2].Heading;
        var svg = HorizontalBarChart.Render("chart-" + ProposalsFigure,
            new ChartText(heading,
                T("Barre orizzontali: quante proposte sono in ciascuno stato, dalla bozza al finanziamento.", "Horizontal bars: how many proposals are at each stage, from draft to funding."),
                T("Nessuna proposta.", "No proposal.")),
            proposals.Count == 0 ? [] : [.. byStatus.Select(s => new ChartPoint(IndicatorLabels.ProposalStatus(s.Code), s.Count))], Number);
        var table = new FigureTable(T("Proposte e contributi per stato", "Proposals and grants by stage"),
            [
                new(T("Stato", "Stage"), FigureKind.Text),
                new(T("Proposte", "Proposals"), FigureKind.Count),
                new(T("Contributi (€)", "Grants (€)"), FigureKind.Euros),
                new(T("di cui quota UE (€)", "of which EU share (€)"), FigureKind.Euros),
            ],
            [.. byStatus.Select(s =>
            {
                var grants = proposals.Where(p => p.Status == s.Code && p.Grant is not null).Select(p => p.Grant!).ToList();
                return (IReadOnlyList<object?>)[IndicatorLabels.ProposalStatus(s.Code), s.Count, grants.Sum(g => g.AmountEur), grants.Sum(g => g.EuShareEur)];
            })]);
        return new IndicatorFigure(ProposalsFigure, heading, FigureState.Shown, svg, table,
            T("Visibile ai funzionari regionali: comprende le proposte non ancora pubblicate in una graduatoria.",
              "Shown to regional officers: it includes proposals not yet in a published ranking."));
    }
}
