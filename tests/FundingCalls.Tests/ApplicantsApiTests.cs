using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

public sealed class FundingCallsFixture : ServiceFixture<FundingDbContext>
{
    protected override string DatabaseResource => ResourceNames.FundingDatabase;
}

public class ApplicantsApiTests(FundingCallsFixture fixture) : OrganisationViewContract<FundingDbContext>(fixture), IClassFixture<FundingCallsFixture>
{
    protected override string ViewPath => "/api/funding/applicants";

    protected override string ReaderRole => Roles.RegionalOfficer;

    protected override string ConsumerName => nameof(OrganisationRegisteredConsumer);

    protected override Task<int> CountViewRowsAsync(FundingDbContext db, Guid organisationId) =>
        db.Applicants.CountAsync(v => v.OrganisationId == organisationId);
}
