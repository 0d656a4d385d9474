namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>
/// An Italian VAT number (partita IVA): 11 digits, the last a check digit computed with the
/// Luhn scheme over the first ten (odd positions as they are, even positions doubled, minus 9
/// above 9).
/// </summary>
public sealed record VatNumber
{
    private VatNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out VatNumber? vatNumber)
    {
        vatNumber = null;
        var candidate = input?.Trim();
        if (candidate is null || candidate.Length != 11 || !candidate.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var digit = candidate[i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        if ((10 - (sum % 10)) % 10 != candidate[10] - '0')
        {
            return false;
        }
        vatNumber = new VatNumber(candidate);
        return true;
    }

    public override string ToString() => Value;
}
