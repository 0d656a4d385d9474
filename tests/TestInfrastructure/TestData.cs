namespace PiedmontSystem.TestInfrastructure;

/// <summary>Unique, valid test values, so that every test owns its data.</summary>
public static class TestData
{
    /// <summary>A random Italian VAT number with a correct check digit.</summary>
    public static string VatNumber()
    {
        var digits = new int[11];
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            digits[i] = Random.Shared.Next(10);
            var weighted = i % 2 == 1 ? digits[i] * 2 : digits[i];
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        digits[10] = (10 - (sum % 10)) % 10;
        return string.Concat(digits);
    }

    public static object Organisation(string? legalName = null, string? vatNumber = null) => new
    {
        legalName = legalName ?? "Test Organisation " + Guid.NewGuid().ToString("N")[..8],
        vatNumber = vatNumber ?? VatNumber(),
        kind = "enterprise",
        province = "TO",
    };
}
