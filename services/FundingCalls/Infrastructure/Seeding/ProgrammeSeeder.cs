using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.Infrastructure.Seeding;

/// <summary>
/// Seeds the ERDF regional programme, insert-only: an officer's later edits are kept and a
/// second run adds nothing.
/// </summary>
internal sealed class ProgrammeSeeder(ILogger<ProgrammeSeeder> logger) : IDatabaseSeeder<FundingDbContext>
{
    public const string PrFesrCode = "PR-FESR-2021-2027";

    /// <summary>Same id in every database, so tests and scripts can name it.</summary>
    public static readonly Guid PrFesrId = Guid.Parse("0193a5f0-0000-7000-8000-000000002127");

    public async Task SeedAsync(FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Programmes.AnyAsync(p => p.Code == PrFesrCode, cancellationToken))
        {
            return;
        }
        // Envelope of the Piedmont ERDF regional programme 2021-2027 (not in the seed documents:
        // docs/reference-data.md); the 50% co-financing rate is the one the brief gives.
        db.Programmes.Add(Programme.Create(
            PrFesrId,
            PrFesrCode,
            new LocalizedText("Programma Regionale FESR 2021-2027 del Piemonte", "Piedmont ERDF Regional Programme 2021-2027"),
            "ERDF",
            2021,
            2027,
            Money.Euros(1_494_563_102.00m),
            0.50m));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded programme {Programme}", PrFesrCode);
    }
}
