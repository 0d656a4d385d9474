namespace PiedmontSystem.Web.Indicators;

public enum FigureState
{
    Shown,

    /// <summary>The service behind it did not answer (or answered with an error).</summary>
    Unavailable,

    /// <summary>Only for some staff roles, and nobody is signed in.</summary>
    SignInRequired,

    /// <summary>Only for some staff roles, which the signed-in person does not have.</summary>
    RoleRequired,
}

/// <summary>One chart with its table (and its CSV at <c>/indicators/{Id}.csv</c>), or why it is not shown.</summary>
public sealed record IndicatorFigure(string Id, string Heading, FigureState State, string? Svg = null, FigureTable? Table = null, string? Note = null)
{
    public string CsvPath => $"/indicators/{Id}.csv";
}

/// <summary>A headline number of an area (e.g. the SME share), as the page writes it.</summary>
public sealed record KeyFigure(string Label, string Value);

/// <summary>One service's indicators: its headline numbers and its figures.</summary>
public sealed record IndicatorArea(string Id, string Heading, IReadOnlyList<KeyFigure> KeyFigures, IReadOnlyList<IndicatorFigure> Figures, string? Note = null)
{
    /// <summary>The area as shown when its service did not answer: every figure unavailable.</summary>
    public static IndicatorArea Unavailable(string id, string heading, IReadOnlyList<(string Id, string Heading)> figures) =>
        new(id, heading, [], [.. figures.Select(f => new IndicatorFigure(f.Id, f.Heading, FigureState.Unavailable))]);
}
