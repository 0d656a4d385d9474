using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>The one check that codes a request gives (priority systems, roles) exist in the registry's reference data.</summary>
internal static class ReferenceCodeCheck
{
    /// <summary>The codes, upper-cased and without repeats, when every one exists in the category; otherwise a validation error on <paramref name="field"/>.</summary>
    public static async Task<List<string>> RequireKnownAsync(
        RegistryDbContext db, ReferenceCategory category, IReadOnlyList<string>? codes, string field, CancellationToken cancellationToken)
    {
        var wanted = (codes ?? []).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        var known = await db.ReferenceItems.Where(r => r.Category == category && wanted.Contains(r.Code)).Select(r => r.Code).ToListAsync(cancellationToken);
        if (wanted.Except(known).ToList() is { Count: > 0 } unknown)
        {
            throw new RequestValidationException(field, $"Unknown {Plural(category)}: {string.Join(", ", unknown)}.");
        }
        return wanted;
    }

    private static string Plural(ReferenceCategory category) => category switch
    {
        ReferenceCategory.PrioritySystem => "priority innovation system(s)",
        ReferenceCategory.TransversalRole => "transversal role(s)",
        ReferenceCategory.InnovationComponent => "innovation component(s)",
        ReferenceCategory.Province => "province(s)",
        _ => "code(s)",
    };
}
