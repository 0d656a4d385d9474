using PiedmontSystem.FundingCalls.Infrastructure;
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
}
