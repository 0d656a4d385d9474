using System.Linq.Expressions;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>
/// A list sorted by one instant: newest first (<c>-name</c>, the default) or oldest first
/// (<c>name</c>), each a keyset over (instant, id).
/// </summary>
internal sealed class InstantSort<TRow>(string name, Expression<Func<TRow, DateTimeOffset>> instant, Expression<Func<TRow, Guid>> id)
{
    private readonly Keyset<TRow, DateTimeOffset> _newestFirst = Keyset.By(instant, id, descending: true);
    private readonly Keyset<TRow, DateTimeOffset> _oldestFirst = Keyset.By(instant, id, descending: false);

    /// <summary>The keyset the <c>sort</c> parameter asks for; another value is a validation error naming it.</summary>
    public Keyset<TRow, DateTimeOffset> For(string? sort) =>
        sort is null || sort == "-" + name ? _newestFirst
        : sort == name ? _oldestFirst
        : throw new RequestValidationException(nameof(sort), $"Sort by one of: -{name}, {name}.");
}
