using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests;

public sealed class InternationalisationFixture : ServiceFixture<InternationalisationDbContext>
{
    protected override string DatabaseResource => ResourceNames.InternationalisationDatabase;
}

public class ClientsApiTests(InternationalisationFixture fixture) : OrganisationViewContract<InternationalisationDbContext>(fixture), IClassFixture<InternationalisationFixture>
{
    protected override string ViewPath => "/api/internationalisation/clients";

    protected override string ReaderRole => Roles.CeipOfficer;
}
