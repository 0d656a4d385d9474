using System.Text;
using System.Text.Json;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>
/// Finds the first JSON string (member value, array element or member name) that holds U+0000 and
/// names it as the validation problems do: <c>legalName</c>, <c>partners[0].name</c>.
/// </summary>
public static class JsonNulLocator
{
    /// <summary>The only way valid JSON can carry NUL: raw control characters are not allowed in strings.</summary>
    public static ReadOnlySpan<byte> Escape => "\\u0000"u8;

    /// <returns>The field's path, or null when no string holds NUL (or the JSON is malformed: binding reports that).</returns>
    public static string? Locate(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        // One frame per open object or array: the member or index of the child being read.
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Member = reader.GetString() };
                        if (HasNul(frames[^1].Member))
                        {
                            return PathOf(frames);
                        }
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        NextElement(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        NextElement(frames);
                        if (reader.TokenType == JsonTokenType.String && HasNul(reader.GetString()))
                        {
                            return PathOf(frames);
                        }
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return null;
    }

    private static bool HasNul(string? value) => value?.Contains('\0', StringComparison.Ordinal) == true;

    private static void NextElement(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(frame.Member?.Replace("\0", "\\u0000", StringComparison.Ordinal));
            }
        }
        return path.Length == 0 ? "body" : path.ToString();
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Member);
}
