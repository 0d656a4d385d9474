using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

public class ApplicantsApiTests(FundingFixture fixture) : OrganisationViewContract<FundingDbContext>(fixture), IClassFixture<FundingFixture>
{
    protected override string ViewPath => "/api/funding/applicants";

    protected override string ReaderRole => Roles.RegionalOfficer;
}
