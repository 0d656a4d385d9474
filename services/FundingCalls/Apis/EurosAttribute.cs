using System.ComponentModel.DataAnnotations;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>A request's amount in euros must be one <see cref="Money"/> can hold (not negative, at most two decimals).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EurosAttribute() : ValidationAttribute(Money.Rule)
{
    public override bool IsValid(object? value) => value is not decimal amount || Money.IsValid(amount);
}
