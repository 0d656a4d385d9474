using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.UnitTests;

public class ApplicationTransitionsTests
{
    private static readonly DateTimeOffset Now = Builders.AfterDeadline.AddDays(1);

    private static void AssertInvalidTransition(Application application, Action<Application> transition)
    {
        var before = application.Status;
        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => transition(application)).Code);
        Assert.Equal(before, application.Status);
    }

    [Fact]
    public void ApplicantIsNotItsOwnShareholder()
    {
        var organisation = Guid.NewGuid();

        var refused = Assert.Throws<RequestValidationException>(() => Application.Start(Guid.NewGuid(), organisation,
            Builders.Content(affiliations: [new Affiliation(Guid.NewGuid(), Affiliation.Partner), new Affiliation(organisation, Affiliation.Shareholder)]), Now));

        Assert.Equal("affiliations[1].organisationId", Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void EachSubmissionGivesANewReceiptOfTheWorkingCopy()
    {
        var application = Builders.InState(ApplicationStatus.Draft);

        var first = application.Submit([], Now);
        application.Edit(Builders.Content(pitchEn: "Recycled composites, now with a customer"), Now);
        Assert.True(application.HasUnsubmittedChanges);
        var second = application.Submit([new EligibilityFailure("founder-missing", "team", "Name a founder.")], Now.AddMinutes(1));

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.False(application.HasUnsubmittedChanges);
        Assert.Equal("Recycled composites, now with a customer", application.Submitted!.PitchEn);
        Assert.Equal(["founder-missing"], application.EligibilityFailures.Select(f => f.Rule));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Eligible)]
    [InlineData(ApplicationStatus.WaitListed)]
    public void ApplicationIsWithdrawnBeforeADecision(ApplicationStatus status)
    {
        var application = Builders.InState(status);

        application.Withdraw("We found another programme", Now);

        Assert.Equal((ApplicationStatus.Withdrawn, "We found another programme", (int?)null),
            (application.Status, application.WithdrawalReason, application.WaitListPosition));
    }

    [Theory]
    [InlineData(ApplicationStatus.Ineligible)]
    [InlineData(ApplicationStatus.Admitted)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Completed)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void ApplicationIsNotWithdrawnAfterADecision(ApplicationStatus status)
    {
        AssertInvalidTransition(Builders.InState(status), a => a.Withdraw(null, Now));
    }

    [Fact]
    public void IneligibleScreeningNeedsTheReasonTheApplicantIsTold()
    {
        var application = Builders.InState(ApplicationStatus.Submitted);

        var refused = Assert.Throws<RequestValidationException>(() => application.Screen(false, " ", Now));
        Assert.Equal("reason", Assert.Single(refused.Errors).Key);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);

        application.Screen(false, "Not yet incorporated", Now);
        Assert.Equal((ApplicationStatus.Ineligible, "Not yet incorporated"), (application.Status, application.ScreeningReason));
    }

    [Fact]
    public void ScreeningIsRevisedUntilTheDecision()
    {
        var application = Builders.InState(ApplicationStatus.Ineligible);

        application.Screen(true, null, Now);

        Assert.Equal(ApplicationStatus.Eligible, application.Status);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Admitted)]
    [InlineData(ApplicationStatus.WaitListed)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void OnlySubmittedApplicationsAreScreened(ApplicationStatus status)
    {
        AssertInvalidTransition(Builders.InState(status), a => a.Screen(true, null, Now));
    }

    [Theory]
    [InlineData(ApplicationStatus.Eligible)]
    [InlineData(ApplicationStatus.WaitListed)]
    public void EligibleOrWaitListedApplicationIsAdmitted(ApplicationStatus status)
    {
        var application = Builders.InState(status);

        application.Admit("Strong team", Now);

        Assert.Equal((ApplicationStatus.Admitted, (int?)null, Now), (application.Status, application.WaitListPosition, application.AdmittedAt));
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Ineligible)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Admitted)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void OnlyEligibleOrWaitListedApplicationsAreAdmitted(ApplicationStatus status)
    {
        AssertInvalidTransition(Builders.InState(status), a => a.Admit(null, Now));
    }

    [Fact]
    public void EligibleApplicationIsWaitListedAtItsPosition()
    {
        var application = Builders.InState(ApplicationStatus.Eligible);

        application.WaitList(4, "Fifth by score", Now);

        Assert.Equal((ApplicationStatus.WaitListed, (int?)4), (application.Status, application.WaitListPosition));
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Ineligible)]
    [InlineData(ApplicationStatus.WaitListed)]
    [InlineData(ApplicationStatus.Admitted)]
    public void OnlyEligibleApplicationsAreWaitListed(ApplicationStatus status)
    {
        AssertInvalidTransition(Builders.InState(status), a => a.WaitList(9, null, Now));
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Eligible)]
    [InlineData(ApplicationStatus.Ineligible)]
    [InlineData(ApplicationStatus.WaitListed)]
    public void UndecidedApplicationIsRejected(ApplicationStatus status)
    {
        var application = Builders.InState(status);

        application.Reject("Weaker than the others", Now);

        Assert.Equal((ApplicationStatus.Rejected, (int?)null, "Weaker than the others"), (application.Status, application.WaitListPosition, application.DecisionReason));
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Admitted)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Completed)]
    public void DecidedOrUnsubmittedApplicationIsNotRejected(ApplicationStatus status)
    {
        AssertInvalidTransition(Builders.InState(status), a => a.Reject(null, Now));
    }

    [Fact]
    public void AdmittedStartupCompletesOrDropsOut()
    {
        var completing = Builders.InState(ApplicationStatus.Admitted);
        var leaving = Builders.InState(ApplicationStatus.Admitted);

        completing.Complete(new DateOnly(2027, 10, 31), Now);
        leaving.DropOut(new DateOnly(2027, 6, 30), "Founders split up", Now);

        Assert.Equal((ApplicationStatus.Completed, (DateOnly?)new DateOnly(2027, 10, 31)), (completing.Status, completing.CompletedOn));
        Assert.Equal((ApplicationStatus.DroppedOut, "Founders split up"), (leaving.Status, leaving.DropOutReason));
    }

    [Theory]
    [InlineData(ApplicationStatus.Eligible)]
    [InlineData(ApplicationStatus.WaitListed)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Completed)]
    [InlineData(ApplicationStatus.DroppedOut)]
    public void OnlyTheCohortCompletesOrDropsOut(ApplicationStatus status)
    {
        AssertInvalidTransition(Builders.InState(status), a => a.Complete(new DateOnly(2027, 10, 31), Now));
        AssertInvalidTransition(Builders.InState(status), a => a.DropOut(new DateOnly(2027, 6, 30), "Gone", Now));
    }

    [Theory]
    [InlineData(ApplicationStatus.Admitted, true)]
    [InlineData(ApplicationStatus.Completed, true)]
    [InlineData(ApplicationStatus.DroppedOut, true)]
    [InlineData(ApplicationStatus.Eligible, false)]
    [InlineData(ApplicationStatus.WaitListed, false)]
    [InlineData(ApplicationStatus.Rejected, false)]
    public void OnlyAdmittedStartupsEverJoinTheCohort(ApplicationStatus status, bool joined)
    {
        Assert.Equal(joined, Builders.InState(status).JoinedCohort);
    }

    [Fact]
    public void InterviewOutcomeNeedsAScheduledInterview()
    {
        var application = Builders.InState(ApplicationStatus.Eligible);

        AssertInvalidTransition(application, a => a.RecordInterview(InterviewOutcome.Passed, null, Now));
        application.ScheduleInterview(Now.AddDays(3), "Room 2, Environment Park", Now);
        application.RecordInterview(InterviewOutcome.Passed, "Convincing demo", Now.AddDays(3));

        Assert.Equal((InterviewOutcome.Passed, "Convincing demo"), (application.Interview!.Outcome, application.Interview.Notes));
    }
}
