using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Infrastructure.Seeding;

/// <summary>
/// The region's Business Accelerator as the seed describes it (slide "Quali azioni a sostegno delle
/// start-up innovative (1)"): a pilot in two S3 sectors, annual intakes for three years, then an
/// evaluation. Seeded once; managers add others through the API.
/// </summary>
internal sealed class ProgrammeSeeder(TimeProvider clock) : IDatabaseSeeder<AcceleratorDbContext>
{
    public const string BusinessAcceleratorCode = "BA-PIEMONTE";

    public async Task SeedAsync(AcceleratorDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Programmes.AnyAsync(p => p.Code == BusinessAcceleratorCode, cancellationToken))
        {
            return;
        }
        db.Programmes.Add(AcceleratorProgramme.Create(
            BusinessAcceleratorCode,
            new LocalizedText("Business Accelerator Piemonte (pilota)", "Piedmont Business Accelerator (pilot)"),
            ["MANUFACTURING", "GREEN_TECH"],
            firstYear: 2025,
            years: 3,
            clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
