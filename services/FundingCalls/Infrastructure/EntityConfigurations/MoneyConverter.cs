using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

/// <summary>Stores <see cref="Money"/> as its decimal amount (numeric columns, numbers in JSON columns).</summary>
internal sealed class MoneyConverter() : ValueConverter<Money, decimal>(money => money.Amount, amount => Money.Euros(amount));
