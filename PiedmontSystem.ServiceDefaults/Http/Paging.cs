using System.Text;
using System.Text.Json;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>
/// One page of a list. Lists use keyset paging: <see cref="NextCursor"/> (opaque) asks for the page
/// after this one, and is null on the last page; a page costs the same at the end of a long list
/// as at its start.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>
    /// A short list closed by its nature (reference codes, programmes) in one page: the same
    /// envelope as every other list, so a client reads every list one way.
    /// </summary>
    public static Page<T> Whole<T>(IReadOnlyList<T> items) => new(items, null);

    public static int Limit(int? requested) => Math.Clamp(requested ?? DefaultLimit, 1, MaxLimit);

    /// <summary>Encodes the sort key of the last item of a page.</summary>
    public static string EncodeCursor<TKey>(TKey key) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(key, JsonSerializerOptions.Web)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Decodes a cursor; a cursor that does not decode is a validation error on <c>cursor</c>.</summary>
    public static TKey? DecodeCursor<TKey>(string? cursor) where TKey : class
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            return JsonSerializer.Deserialize<TKey>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)), JsonSerializerOptions.Web)
                ?? throw new FormatException();
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new Errors.RequestValidationException("cursor", "The cursor is not one this list returned.");
        }
    }
}
