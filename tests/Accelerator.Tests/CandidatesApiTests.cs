using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

public class CandidatesApiTests(AcceleratorFixture fixture) : OrganisationViewContract<AcceleratorDbContext>(fixture), IClassFixture<AcceleratorFixture>
{
    protected override string ViewPath => "/api/accelerator/candidates";

    protected override string ReaderRole => Roles.AcceleratorManager;
}
