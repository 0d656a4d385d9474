using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>
/// A funding programme, e.g. the ERDF regional programme PR FESR 2021-2027: its budget is shared
/// out among calls, and each grant is split between the EU and the region at its co-financing rate.
/// </summary>
public sealed class Programme
{
    private Programme()
    {
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("", "");

    /// <summary>EU fund co-financing it (ERDF, ESF+, …).</summary>
    public string Fund { get; private set; } = "";

    public int FirstYear { get; private set; }
    public int LastYear { get; private set; }
    public Money BudgetEur { get; private set; }

    /// <summary>Share of each grant paid by the EU, 0–1 (0.5 = 50%); the region pays the rest.</summary>
    public decimal EuCofinancingRate { get; private set; }

    public uint Version { get; private set; }

    public static Programme Create(Guid id, string code, LocalizedText name, string fund, int firstYear, int lastYear, Money budgetEur, decimal euCofinancingRate) => new()
    {
        Id = id,
        Code = code,
        Name = name,
        Fund = fund,
        FirstYear = firstYear,
        LastYear = lastYear,
        BudgetEur = budgetEur,
        EuCofinancingRate = euCofinancingRate,
    };

    /// <summary>A call's budget must fit in what the programme has not given to its other published calls.</summary>
    public void CheckRoomForCall(Money allocatedToOtherCallsEur, Money callBudgetEur)
    {
        if (allocatedToOtherCallsEur + callBudgetEur > BudgetEur)
        {
            throw FundingRules.ProgrammeBudgetExceeded(Code, BudgetEur.Amount - allocatedToOtherCallsEur.Amount);
        }
    }

    /// <summary>The EU and regional shares of a grant; the region takes the rounding cent.</summary>
    public (Money Eu, Money Regional) Split(Money amountEur)
    {
        var eu = Money.Euros(Math.Round(amountEur * EuCofinancingRate, 2, MidpointRounding.ToZero));
        return (eu, amountEur - eu);
    }
}
