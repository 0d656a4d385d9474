using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>
/// The one way to find a cluster by its code, for endpoints and consumers alike: the code is
/// normalised as <see cref="Cluster.NormaliseCode"/> does, so "clever " finds CLEVER everywhere.
/// </summary>
internal static class ClusterLookup
{
    public static Task<Cluster?> FindAsync(RegistryDbContext db, string code, bool tracked, CancellationToken cancellationToken) =>
        WithCode(tracked ? db.Clusters : db.Clusters.AsNoTracking(), code).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The cluster a request names in <paramref name="field"/>; an unknown code is a validation error on that field.</summary>
    public static async Task<Cluster> RequireAsync(RegistryDbContext db, string code, string field, CancellationToken cancellationToken) =>
        await FindAsync(db, code, tracked: false, cancellationToken) ?? throw UnknownCode(code, field);

    /// <summary>The id of the cluster a request names in <paramref name="field"/> (e.g. a list filter); unknown is a validation error.</summary>
    public static async Task<Guid> RequireIdAsync(RegistryDbContext db, string code, string field, CancellationToken cancellationToken) =>
        await IdAsync(db, code, cancellationToken) ?? throw UnknownCode(code, field);

    public static Task<Guid?> IdAsync(RegistryDbContext db, string code, CancellationToken cancellationToken) =>
        WithCode(db.Clusters, code).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The ids of the known clusters among <paramref name="codes"/>; unknown codes are left out.</summary>
    public static Task<List<Guid>> IdsAsync(RegistryDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var normalised = codes.Select(Cluster.NormaliseCode).ToList();
        return db.Clusters.Where(c => normalised.Contains(c.Code)).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    private static IQueryable<Cluster> WithCode(IQueryable<Cluster> clusters, string code)
    {
        var normalised = Cluster.NormaliseCode(code);
        return clusters.Where(c => c.Code == normalised);
    }

    private static RequestValidationException UnknownCode(string code, string field) =>
        new(field, $"There is no cluster with code '{code}'.");
}
