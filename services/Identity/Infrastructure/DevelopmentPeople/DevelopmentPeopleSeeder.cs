using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.Identity.Infrastructure.DevelopmentPeople;

/// <summary>A person <c>./piedmont run</c> asks for (section <c>Identity:DevelopmentPeople</c>), with the password it generated.</summary>
public sealed class DevelopmentPersonSettings
{
    public const string Section = "Identity:DevelopmentPeople";

    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public string? ClusterCode { get; set; }
    public Guid? OrganisationId { get; set; }

    /// <summary>The same id on every machine for the same e-mail, so an evaluator's subject can be written down.</summary>
    public Guid PersonId => SeedIds.ForPerson(Email);
}

/// <summary>
/// Development only: creates the people <c>./piedmont run</c> lists, confirmed, with their role,
/// so a newcomer signs in at once. A person already there keeps their password.
/// </summary>
internal sealed class DevelopmentPeopleSeeder(
    UserManager<Person> people, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILogger<DevelopmentPeopleSeeder> logger)
    : IDatabaseSeeder<IdentityServiceDbContext>
{
    public async Task SeedAsync(IdentityServiceDbContext db, CancellationToken cancellationToken)
    {
        var wanted = configuration.GetSection(DevelopmentPersonSettings.Section).Get<List<DevelopmentPersonSettings>>() ?? [];
        if (wanted.Count == 0)
        {
            return;
        }
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException($"{DevelopmentPersonSettings.Section} is set outside Development: people with known passwords are for developers' machines only.");
        }
        foreach (var settings in wanted)
        {
            if (await people.Users.AnyAsync(p => p.Id == settings.PersonId, cancellationToken))
            {
                continue;
            }
            var now = clock.GetUtcNow();
            var person = new Person
            {
                Id = settings.PersonId,
                UserName = settings.Email,
                Email = settings.Email,
                EmailConfirmed = true,
                DisplayName = settings.DisplayName,
                CreatedAt = now,
                OrganisationId = settings.OrganisationId,
                IsOrganisationAdministrator = settings.OrganisationId is not null,
            };
            if (StaffRoleGrant.Grantable.Contains(settings.Role))
            {
                person.StaffRoles.Add(new StaffRoleGrant
                {
                    PersonId = person.Id, Role = settings.Role, ClusterCode = settings.ClusterCode, GrantedAt = now, GrantedBy = "development seed",
                });
            }
            var created = await people.CreateAsync(person, settings.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create {settings.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
            logger.LogInformation("Development person {Email} ({Role}) created", settings.Email, settings.Role);
        }
    }
}
