namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>EU SME size class (Recommendation 2003/361/EC). Unknown until staff and a financial figure are known.</summary>
public enum SizeClass
{
    Unknown,
    Micro,
    Small,
    Medium,
    Large,
}

/// <summary>
/// Derives the size class from staff headcount and annual turnover or balance-sheet total, in
/// euros. A class's ceilings: fewer than 10 staff and turnover or balance sheet ≤ €2M (micro);
/// fewer than 50 and ≤ €10M (small); fewer than 250 and turnover ≤ €50M or balance sheet ≤ €43M
/// (medium); otherwise large. Meeting the staff ceiling and either financial ceiling is enough.
/// </summary>
public static class SmeClassification
{
    public static SizeClass Classify(int? headcount, decimal? turnoverEur, decimal? balanceSheetEur)
    {
        if (headcount is not { } staff || (turnoverEur is null && balanceSheetEur is null))
        {
            return SizeClass.Unknown;
        }
        bool Within(decimal turnoverCeiling, decimal balanceCeiling) =>
            turnoverEur <= turnoverCeiling || balanceSheetEur <= balanceCeiling;

        return staff switch
        {
            < 10 when Within(2_000_000m, 2_000_000m) => SizeClass.Micro,
            < 50 when Within(10_000_000m, 10_000_000m) => SizeClass.Small,
            < 250 when Within(50_000_000m, 43_000_000m) => SizeClass.Medium,
            _ => SizeClass.Large,
        };
    }

    /// <summary>The classes that make an organisation an SME; unknown is not one.</summary>
    public static readonly IReadOnlyList<SizeClass> SmeClasses = [SizeClass.Micro, SizeClass.Small, SizeClass.Medium];

    public static bool IsSme(this SizeClass sizeClass) => SmeClasses.Contains(sizeClass);
}
