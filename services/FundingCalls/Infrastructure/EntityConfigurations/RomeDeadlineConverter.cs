using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

/// <summary>Stores a <see cref="RomeDeadline"/> as its instant (a <c>timestamptz</c> column).</summary>
internal sealed class RomeDeadlineConverter() : ValueConverter<RomeDeadline, DateTimeOffset>(deadline => deadline.Instant, instant => RomeDeadline.At(instant));
