using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Persistence;

/// <summary>
/// Keyset paging of a list ordered by one key and then by id (the tie-break): the one
/// implementation behind every list of every service. The predicate has the shape
/// <c>key &lt;= k AND (key &lt; k OR id &lt; i)</c> so PostgreSQL can use an index on (key, id) as
/// a range (docs/decisions/0007); a page costs the same at the end of a long list as at its start.
/// </summary>
/// <typeparam name="TRow">The entity listed.</typeparam>
/// <typeparam name="TKey">The sort key: an instant, a date, a string, a number.</typeparam>
public sealed class Keyset<TRow, TKey>(Expression<Func<TRow, TKey>> key, Expression<Func<TRow, Guid>> id, bool descending)
{
    private readonly Func<TRow, TKey> _keyOf = key.Compile();
    private readonly Func<TRow, Guid> _idOf = id.Compile();

    /// <summary>Rows after <paramref name="cursor"/>, in the keyset's order.</summary>
    public IOrderedQueryable<TRow> Apply(IQueryable<TRow> query, string? cursor)
    {
        if (Paging.DecodeCursor<Position>(cursor) is { } after)
        {
            query = query.Where(After(after));
        }
        return descending
            ? query.OrderByDescending(key).ThenByDescending(id)
            : query.OrderBy(key).ThenBy(id);
    }

    /// <summary>Orders <paramref name="rows"/> already read as the keyset does (e.g. after a join that lost the order).</summary>
    public List<TRow> InOrder(IEnumerable<TRow> rows) =>
        (descending ? rows.OrderByDescending(_keyOf).ThenByDescending(_idOf) : rows.OrderBy(_keyOf).ThenBy(_idOf)).ToList();

    /// <summary>Reads one page: at most <paramref name="limit"/> rows and the cursor of the next page.</summary>
    public async Task<KeysetSlice<TRow>> ReadAsync(IQueryable<TRow> query, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var take = Paging.Limit(limit);
        var rows = await Apply(query, cursor).Take(take + 1).ToListAsync(cancellationToken);
        return Slice(rows, take);
    }

    /// <summary>Cuts rows read with <c>Take(limit + 1)</c> into a page and the cursor of the next one.</summary>
    public KeysetSlice<TRow> Slice(IReadOnlyList<TRow> rowsInOrder, int take) =>
        rowsInOrder.Count > take
            ? new(rowsInOrder.Take(take).ToList(), Paging.EncodeCursor(new Position(_keyOf(rowsInOrder[take - 1]), _idOf(rowsInOrder[take - 1]))))
            : new(rowsInOrder, null);

    private Expression<Func<TRow, bool>> After(Position after)
    {
        // Rebinds both key selectors to one parameter and builds
        // key <= k AND (key < k OR id < i)  (or >=, >, > when ascending).
        var row = key.Parameters[0];
        var keyBody = key.Body;
        var idBody = new ReplaceParameter(id.Parameters[0], row).Visit(id.Body);
        // Members of a captured object, not constants: EF Core sends them as parameters, so every
        // page shares one query plan (constants would compile and cache a query per cursor).
        var position = Expression.Constant(after);
        var k = Expression.Property(position, nameof(Position.At));
        var i = Expression.Property(position, nameof(Position.Id));
        var keyWithin = descending ? Compare(keyBody, k, ExpressionType.LessThanOrEqual) : Compare(keyBody, k, ExpressionType.GreaterThanOrEqual);
        var keyBeyond = descending ? Compare(keyBody, k, ExpressionType.LessThan) : Compare(keyBody, k, ExpressionType.GreaterThan);
        var idBeyond = descending ? Compare(idBody, i, ExpressionType.LessThan) : Compare(idBody, i, ExpressionType.GreaterThan);
        return Expression.Lambda<Func<TRow, bool>>(Expression.AndAlso(keyWithin, Expression.OrElse(keyBeyond, idBeyond)), row);
    }

    /// <summary>
    /// <c>a op b</c> where the type has the operator (instants, numbers); otherwise
    /// <c>a.CompareTo(b) op 0</c> (strings, Guids), which EF Core translates to the same SQL comparison.
    /// </summary>
    private static BinaryExpression Compare(Expression left, Expression right, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (type == typeof(string) || type == typeof(Guid))
        {
            var compareTo = type.GetMethod(nameof(string.CompareTo), [type])!;
            return Expression.MakeBinary(comparison, Expression.Call(left, compareTo, right), Expression.Constant(0));
        }
        return Expression.MakeBinary(comparison, left, right);
    }

    /// <summary>What a cursor holds: the sort key and id of the last row of a page.</summary>
    private sealed record Position(TKey At, Guid Id);

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>One page of rows and the cursor of the next page (null on the last).</summary>
public sealed record KeysetSlice<TRow>(IReadOnlyList<TRow> Rows, string? NextCursor)
{
    public Page<TItem> Map<TItem>(Func<TRow, TItem> map) => new(Rows.Select(map).ToList(), NextCursor);
}

/// <summary>Builds a <see cref="Keyset{TRow, TKey}"/> with the key type inferred.</summary>
public static class Keyset
{
    public static Keyset<TRow, TKey> By<TRow, TKey>(Expression<Func<TRow, TKey>> key, Expression<Func<TRow, Guid>> id, bool descending) =>
        new(key, id, descending);
}
