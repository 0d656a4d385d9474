namespace PiedmontSystem.Web.Indicators.Charts;

/// <summary>One bar: what it stands for and its value.</summary>
public sealed record ChartPoint(string Label, decimal Value);

/// <summary>One stacked bar: what it stands for, one value per series, and an optional note written after it (e.g. its total).</summary>
public sealed record StackedRow(string Label, IReadOnlyList<decimal> Values, string? Note = null);
