using PiedmontSystem.Web.Indicators.Charts;
using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Indicators;

/// <summary>What the portal reads of <c>GET /api/registry/indicators</c> (public).</summary>
public sealed record RegistryIndicators(
    int MemberOrganisations, int SmeMembers, decimal SmeShare, int CrossClusterMembers, IReadOnlyList<RegistryClusterFigures> Clusters,
    int Projects, int ProjectPartners, decimal ProjectFundingEur, int Collaborations, bool IncludesSyntheticData);

public sealed record RegistryClusterFigures(string Code, string Name, int Members, int SmeMembers, decimal SmeShare, int CrossClusterMembers);

/// <summary>The cluster registry's area: members per cluster and their SME share, cross-cluster members, projects.</summary>
public static class RegistryArea
{
    public const string Id = "registry";
    public const string ClustersFigure = "clusters";
    public const string Path = "api/registry/indicators";

    public static string Heading => T("Poli di innovazione e membri", "Innovation clusters and members");

    public static IReadOnlyList<(string Id, string Heading)> Figures => [(ClustersFigure, T("Membri per cluster e quota di PMI", "Members per cluster and SME share"))];

    public static IndicatorArea Build(RegistryIndicators figures)
    {
        var smes = T("PMI", "SMEs");
        var others = T("Altri membri", "Other members");
        var rows = figures.Clusters.Select(c => new StackedRow(c.Code, [c.SmeMembers, c.Members - c.SmeMembers],
            $"{Number(c.Members)} · {(c.SmeShare * 100).ToString("0", System.Globalization.CultureInfo.CurrentCulture)}{(Localisation.PortalCultures.IsItalian ? " %" : "%")} {smes}")).ToList();
        var heading = Figures[0].Heading;
        var svg = StackedBarChart.Render("chart-" + ClustersFigure,
            new ChartText(heading,
                T($"Barre orizzontali: per ogni cluster i membri attivi, divisi in PMI e altri membri; dopo ogni barra il totale e la quota di PMI. In tutto {Number(figures.MemberOrganisations)} organizzazioni, il {Percent(figures.SmeShare)} PMI.",
                  $"Horizontal bars: for each cluster its active members, split into SMEs and other members; after each bar the total and the SME share. {Number(figures.MemberOrganisations)} organisations in all, {Percent(figures.SmeShare)} of them SMEs."),
                T("Nessun cluster registrato.", "No cluster registered.")),
            [smes, others], rows, StackedMode.Values, Number, share => Percent(share));
        var table = new FigureTable(T("Membri attivi per cluster", "Active members per cluster"),
            [
                new(T("Cluster", "Cluster"), FigureKind.Text),
                new(T("Membri", "Members"), FigureKind.Count),
                new(T("di cui PMI", "of which SMEs"), FigureKind.Count),
                new(T("Quota di PMI (%)", "SME share (%)"), FigureKind.Percent),
                new(T("Membri anche di altri cluster", "Also members of other clusters"), FigureKind.Count),
            ],
            [.. figures.Clusters.Select(c => (IReadOnlyList<object?>)[Named(c), c.Members, c.SmeMembers, c.SmeShare * 100, c.CrossClusterMembers])]);
        return new IndicatorArea(Id, Heading,
            [
                new(T("Organizzazioni associate", "Member organisations"), Number(figures.MemberOrganisations)),
                new(T("Quota di PMI", "SME share"), Percent(figures.SmeShare)),
                new(T("Membri di più cluster", "Members of several clusters"), Number(figures.CrossClusterMembers)),
                new(T("Progetti abilitati", "Projects enabled"), Number(figures.Projects)),
                new(T("Partner dei progetti", "Project partners"), Number(figures.ProjectPartners)),
                new(T("Finanziamento dei progetti", "Project funding"), Euros(figures.ProjectFundingEur)),
                new(T("Collaborazioni registrate", "Collaborations recorded"), Number(figures.Collaborations)),
            ],
            [new IndicatorFigure(ClustersFigure, heading, FigureState.Shown, svg, table)],
            figures.IncludesSyntheticData
                ? T("Il registro contiene dati dimostrativi (sintetici): le cifre non sono quelle reali della regione.",
                    "The registry holds demonstration (synthetic) data: these are not the region's real figures.")
                : null);
    }

    /// <summary>A cluster as the table names it: the registry's name, with the code before it unless the name already starts with it.</summary>
    public static string Named(RegistryClusterFigures cluster) =>
        cluster.Name.StartsWith(cluster.Code, StringComparison.OrdinalIgnoreCase) ? cluster.Name : $"{cluster.Code} – {cluster.Name}";

    /// <summary>A share from 0 to 1 as a percentage in the page's language.</summary>
    public static string Percent(decimal share) => FigureTable.Percent(share * 100);
}
