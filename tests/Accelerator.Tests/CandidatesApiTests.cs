using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

public sealed class AcceleratorFixture : ServiceFixture<AcceleratorDbContext>
{
    protected override string DatabaseResource => ResourceNames.AcceleratorDatabase;
}

public class CandidatesApiTests(AcceleratorFixture fixture) : OrganisationViewContract<AcceleratorDbContext>(fixture), IClassFixture<AcceleratorFixture>
{
    protected override string ViewPath => "/api/accelerator/candidates";

    protected override string ReaderRole => Roles.AcceleratorManager;

    protected override string ConsumerName => nameof(OrganisationRegisteredConsumer);

    protected override Task<int> CountViewRowsAsync(AcceleratorDbContext db, Guid organisationId) =>
        db.Candidates.CountAsync(v => v.OrganisationId == organisationId);
}
