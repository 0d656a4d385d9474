using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.IntegrationEvents;
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

    protected override string ConsumerName => nameof(OrganisationRegisteredConsumer);

    protected override Task<int> CountViewRowsAsync(InternationalisationDbContext db, Guid organisationId) =>
        db.Clients.CountAsync(v => v.OrganisationId == organisationId);
}
