using PiedmontSystem.Contracts;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>How the accelerator writes reference codes (lists are checked by <c>RequestHandling.Validation.CodeLists</c>).</summary>
internal static class Codes
{
    public static IReadOnlyList<string> Provinces => ReferenceCodes.Provinces;

    public static string Upper(string code) => code.ToUpperInvariant();

    public static string Lower(string code) => code.ToLowerInvariant();
}
