using System.Text.RegularExpressions;

namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>
/// An Italian fiscal code (codice fiscale): 11 digits for a legal entity (validated like a VAT
/// number), or the 16-character code of a natural person (a sole trader), whose pattern is checked.
/// </summary>
public static partial class FiscalCode
{
    [GeneratedRegex("^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$")]
    private static partial Regex PersonPattern();

    public static bool TryNormalise(string? input, out string? fiscalCode)
    {
        fiscalCode = null;
        var candidate = input?.Trim().ToUpperInvariant();
        if (candidate is null)
        {
            return false;
        }
        if (candidate.Length == 11 && VatNumber.TryParse(candidate, out _) || candidate.Length == 16 && PersonPattern().IsMatch(candidate))
        {
            fiscalCode = candidate;
            return true;
        }
        return false;
    }
}
