using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiedmontSystem.Deadlines;

/// <summary>
/// A deadline: the last instant a submission counts ("entro le ore 12:00"), for a call, an intake or
/// an event's registrations alike. Officers write it
/// as a Europe/Rome wall-clock time (<see cref="RomeTime.TryParse"/>); it is kept as the instant
/// (UTC) and shown with the Rome offset of its date. Accepted at the instant itself, refused one
/// instant later.
/// </summary>
[JsonConverter(typeof(RomeDeadlineJsonConverter))]
public readonly record struct RomeDeadline : IComparable<RomeDeadline>
{
    // Npgsql writes only UTC instants to timestamptz; equality is by instant either way.
    private RomeDeadline(DateTimeOffset instant) => Instant = instant.ToUniversalTime();

    /// <summary>The deadline as an instant, in UTC.</summary>
    public DateTimeOffset Instant { get; }

    /// <summary>The deadline as Rome shows it (+01:00 in winter, +02:00 in summer).</summary>
    public DateTimeOffset InRome => RomeTime.Show(Instant);

    public static RomeDeadline At(DateTimeOffset instant) => new(instant);

    /// <summary>Reads a Rome wall-clock time or an instant with its offset; see <see cref="RomeTime.TryParse"/> for what is refused.</summary>
    public static bool TryParse(string? text, out RomeDeadline deadline, out string error)
    {
        var parsed = RomeTime.TryParse(text, out var instant, out error);
        deadline = parsed ? new RomeDeadline(instant) : default;
        return parsed;
    }

    /// <summary>True one instant after the deadline; at the deadline itself it has not passed.</summary>
    public bool HasPassedAt(DateTimeOffset now) => now > Instant;

    /// <summary>
    /// Refuses what arrives after the deadline (422 <c>deadline-passed</c>, with the server's time of
    /// arrival); <paramref name="what"/> and <paramref name="code"/> name what closed (<c>call</c>, <c>PRFESR-1</c>).
    /// </summary>
    public void EnsureOpenAt(DateTimeOffset now, string what, string code)
    {
        if (HasPassedAt(now))
        {
            throw DeadlineRules.DeadlinePassed(what, code, this, now);
        }
    }

    public static implicit operator RomeDeadline(DateTimeOffset instant) => new(instant);

    public static bool operator <(RomeDeadline a, RomeDeadline b) => a.Instant < b.Instant;
    public static bool operator >(RomeDeadline a, RomeDeadline b) => a.Instant > b.Instant;
    public static bool operator <=(RomeDeadline a, RomeDeadline b) => a.Instant <= b.Instant;
    public static bool operator >=(RomeDeadline a, RomeDeadline b) => a.Instant >= b.Instant;

    public int CompareTo(RomeDeadline other) => Instant.CompareTo(other.Instant);

    public override string ToString() => InRome.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}

/// <summary>A deadline in JSON is the instant with the Rome offset, as every instant is written.</summary>
public sealed class RomeDeadlineJsonConverter : JsonConverter<RomeDeadline>
{
    public override RomeDeadline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => RomeDeadline.At(reader.GetDateTimeOffset());

    public override void Write(Utf8JsonWriter writer, RomeDeadline value, JsonSerializerOptions options) => writer.WriteStringValue(value.InRome);
}
