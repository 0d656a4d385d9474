using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests;

public class ClientsApiTests(InternationalisationFixture fixture) : OrganisationViewContract<InternationalisationDbContext>(fixture), IClassFixture<InternationalisationFixture>
{
    protected override string ViewPath => "/api/internationalisation/clients";

    protected override string ReaderRole => Roles.CeipOfficer;
}
