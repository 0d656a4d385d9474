using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiedmontSystem.ServiceDefaults;

/// <summary>
/// The platform's one rule for instants: stored in UTC, shown with the Europe/Rome offset of
/// that instant (+01:00 in winter, +02:00 in summer), so a client never has to guess whether
/// <c>createdAt</c> and <c>deadlineAt</c> are in the same zone. Any offset is accepted on input.
/// </summary>
public static class RomeInstants
{
    public const string ZoneId = "Europe/Rome";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The instant as Rome shows it.</summary>
    public static DateTimeOffset Show(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}

/// <summary>Writes every <see cref="DateTimeOffset"/> of a JSON answer with the Rome offset (<see cref="RomeInstants"/>).</summary>
public sealed class RomeInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(RomeInstants.Show(value));
}
