using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.UnitTests;

public class ReviewerTests
{
    private static readonly DateTimeOffset Now = Builders.AfterDeadline;

    [Fact]
    public void ReviewerFromTheApplicantHasAConflict()
    {
        var applicant = Guid.NewGuid();
        var application = Builders.InState(ApplicationStatus.Eligible, organisationId: applicant);
        var reviewer = Reviewer.Register("expert-1", "Anna Verdi", applicant, Now);

        Assert.Equal("Anna Verdi works for Compositi Srl, the applicant.", reviewer.ConflictWith(application, "Compositi Srl", "Compositi Srl"));
    }

    [Theory]
    [InlineData(Affiliation.Shareholder)]
    [InlineData(Affiliation.Partner)]
    public void ReviewerFromAShareholderOrPartnerHasAConflict(string relation)
    {
        var holder = Guid.NewGuid();
        var application = Builders.InState(ApplicationStatus.Eligible, Builders.Content(affiliations: [new Affiliation(holder, relation)]));
        var reviewer = Reviewer.Register("expert-2", "Luca Neri", holder, Now);

        Assert.Equal($"Luca Neri works for Torino Ventures, a {relation} of Compositi Srl.", reviewer.ConflictWith(application, "Compositi Srl", "Torino Ventures"));
    }

    [Fact]
    public void ReviewerFromAnUnrelatedOrganisationOrNoneHasNoConflict()
    {
        var application = Builders.InState(ApplicationStatus.Eligible, Builders.Content(affiliations: [new Affiliation(Guid.NewGuid(), Affiliation.Shareholder)]));

        Assert.Null(Reviewer.Register("expert-3", "Sara Bruni", Guid.NewGuid(), Now).ConflictWith(application, "Compositi Srl", "Politecnico"));
        Assert.Null(Reviewer.Register("expert-4", "Paolo Gallo", null, Now).ConflictWith(application, "Compositi Srl", null));
    }

    [Fact]
    public void ConflictIsJudgedOnTheSubmittedVersion()
    {
        var holder = Guid.NewGuid();
        var application = Builders.InState(ApplicationStatus.Submitted, Builders.Content(affiliations: [new Affiliation(holder, Affiliation.Shareholder)]));
        application.Edit(Builders.Content(), Now); // a later, unsubmitted edit drops the shareholder
        var reviewer = Reviewer.Register("expert-5", "Elena Russo", holder, Now);

        Assert.NotNull(reviewer.ConflictWith(application, "Compositi Srl", "Torino Ventures"));
    }
}
