using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>
/// An amount in euros: never negative, to the cent. It reads as a decimal wherever one is wanted
/// (responses, events: a plain number), but is made only through <see cref="Euros"/>, which refuses
/// what no budget or grant can hold. The decimal is kept as given (<c>100.50</c> stays
/// <c>100.50</c>), so the canonical JSON a receipt's hash covers is what it was before this type.
/// </summary>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money : IComparable<Money>, IFormattable
{
    public static readonly Money Zero = new(0m);

    private Money(decimal amount) => Amount = amount;

    public decimal Amount { get; }

    public static Money Euros(decimal amount) =>
        IsValid(amount) ? new Money(amount) : throw new ArgumentOutOfRangeException(nameof(amount), amount, Rule);

    /// <summary>What an amount in euros must be, as a validation message says it.</summary>
    public const string Rule = "An amount in euros is not negative and has at most two decimals.";

    public static bool IsValid(decimal amount) => amount >= 0 && decimal.Round(amount, 2) == amount;

    public static Money Sum(IEnumerable<Money> amounts) => Euros(amounts.Sum(m => m.Amount));

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount);

    /// <summary>What is left of <paramref name="a"/>; refuses to go below zero, as no budget can.</summary>
    public static Money operator -(Money a, Money b) => Euros(a.Amount - b.Amount);

    public static bool operator <(Money a, Money b) => a.Amount < b.Amount;
    public static bool operator >(Money a, Money b) => a.Amount > b.Amount;
    public static bool operator <=(Money a, Money b) => a.Amount <= b.Amount;
    public static bool operator >=(Money a, Money b) => a.Amount >= b.Amount;

    public static implicit operator decimal(Money money) => money.Amount;

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    public string ToString(string? format, IFormatProvider? formatProvider) => Amount.ToString(format, formatProvider);

    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Money in JSON is the plain number it always was.</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var amount = reader.GetDecimal();
        return Money.IsValid(amount) ? Money.Euros(amount) : throw new JsonException(Money.Rule);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);
}
