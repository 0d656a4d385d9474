using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PiedmontSystem.Deadlines;

/// <summary>Stores a <see cref="RomeDeadline"/> as its instant (a <c>timestamptz</c> column).</summary>
public sealed class RomeDeadlineConverter() : ValueConverter<RomeDeadline, DateTimeOffset>(deadline => deadline.Instant, instant => RomeDeadline.At(instant));
