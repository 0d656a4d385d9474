using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.UnitTests;

public class IntakeLifecycleTests
{
    private static readonly DateTimeOffset WhileForthcoming = Builders.Opening.AddDays(-1);
    private static readonly DateTimeOffset WhileOpen = Builders.Opening.AddDays(1);

    private static IntakeAmendment Amend(Intake intake, DateTimeOffset now, DateTimeOffset? opensAt = null, DateTimeOffset? deadline = null, int? capacity = null,
        LocalizedText? description = null) =>
        intake.Amend("Because", opensAt, deadline is { } d ? RomeDeadline.At(d) : null, capacity, description, "manager-1", now);

    private static string Field(RequestValidationException refused) => Assert.Single(refused.Errors).Key;

    [Fact]
    public void DraftStaysADraftWhateverTheClockSays()
    {
        var draft = Builders.DraftIntake();

        Assert.Equal(IntakeStatus.Draft, draft.StatusAt(Builders.AfterDeadline));
    }

    [Fact]
    public void PublishedIntakeIsForthcomingUntilItsOpeningInstant()
    {
        var intake = Builders.PublishedIntake();

        Assert.Equal(IntakeStatus.Forthcoming, intake.StatusAt(Builders.Opening.AddTicks(-1)));
        Assert.Equal(IntakeStatus.Open, intake.StatusAt(Builders.Opening));
    }

    [Fact]
    public void IntakeIsOpenAtItsDeadlineInstantAndClosedOneTickAfter()
    {
        var intake = Builders.PublishedIntake();

        Assert.Equal(IntakeStatus.Open, intake.StatusAt(Builders.Deadline));
        Assert.Equal(IntakeStatus.Closed, intake.StatusAt(Builders.Deadline.AddTicks(1)));
    }

    [Fact]
    public void IntakeTheClockClosedStillTakesASubmissionThatArrivedAtTheDeadlineInstant()
    {
        var intake = Builders.PublishedIntake();
        intake.FollowClock(Builders.Deadline.AddSeconds(1));

        intake.CheckAcceptsSubmissions(Builders.Deadline);
        var late = Assert.Throws<DomainRuleException>(() => intake.CheckAcceptsSubmissions(Builders.Deadline.AddTicks(1)));
        Assert.Equal("deadline-passed", late.Code);
    }

    [Fact]
    public void IntakeClosedEarlyTakesNoSubmissionEvenBeforeItsDeadline()
    {
        var intake = Builders.PublishedIntake();
        intake.CloseEarly("Enough applications", WhileOpen);

        var refused = Assert.Throws<DomainRuleException>(() => intake.CheckAcceptsSubmissions(WhileOpen.AddHours(1)));
        Assert.Equal("invalid-transition", refused.Code);
    }

    [Fact]
    public void PublishingIsRefusedOnceTheDeadlineHasPassed()
    {
        var draft = Builders.DraftIntake();

        var refused = Assert.Throws<RequestValidationException>(() => draft.Publish(Builders.Deadline.AddTicks(1)));

        Assert.Equal("deadlineAt", Field(refused));
        Assert.Equal((IntakeStatus.Draft, (DateTimeOffset?)null), (draft.Status, draft.PublishedAt));
    }

    [Fact]
    public void PublishedIntakeIsNeitherPublishedAgainNorRevised()
    {
        var intake = Builders.PublishedIntake();

        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => intake.Publish(WhileForthcoming)).Code);
        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => intake.Revise(intake.ProgrammeId, Builders.Terms(), WhileForthcoming)).Code);
    }

    [Fact]
    public void DeadlineNotAfterTheOpeningIsRefusedWhenDrafting()
    {
        var refused = Assert.Throws<RequestValidationException>(() => Builders.DraftIntake(opensAt: Builders.Deadline, deadlineAt: Builders.Deadline));

        Assert.Equal("deadlineAt", Field(refused));
    }

    [Fact]
    public void FollowingTheClockWritesTheStatusOnce()
    {
        var intake = Builders.PublishedIntake();

        Assert.False(intake.FollowClock(WhileForthcoming));
        Assert.True(intake.FollowClock(WhileOpen));
        Assert.Equal(IntakeStatus.Open, intake.Status);
        Assert.False(intake.FollowClock(WhileOpen.AddHours(1)));
        Assert.True(intake.FollowClock(Builders.AfterDeadline));
        Assert.Equal(IntakeStatus.Closed, intake.Status);
    }

    [Fact]
    public void OpeningMovesWhileTheIntakeIsForthcoming()
    {
        var intake = Builders.PublishedIntake();

        var amendment = Amend(intake, WhileForthcoming, opensAt: Builders.Opening.AddDays(7));

        Assert.Equal(Builders.Opening.AddDays(7), intake.OpensAt);
        Assert.Equal(["opensAt: 2027-01-15T09:00:00+01:00 → 2027-01-22T09:00:00+01:00"], amendment.Changes);
        Assert.Equal(("Because", "manager-1"), (amendment.Reason, amendment.By));
        Assert.Same(amendment, Assert.Single(intake.Amendments));
    }

    [Fact]
    public void OpeningIsFixedOnceTheIntakeHasOpened()
    {
        var intake = Builders.PublishedIntake();

        var refused = Assert.Throws<RequestValidationException>(() => Amend(intake, WhileOpen, opensAt: Builders.Opening.AddDays(7)));

        Assert.Equal("opensAt", Field(refused));
        Assert.Equal(Builders.Opening, intake.OpensAt);
        Assert.Empty(intake.Amendments);
    }

    [Fact]
    public void OpenIntakesDeadlineIsNotBroughtForward()
    {
        var intake = Builders.PublishedIntake();

        var refused = Assert.Throws<RequestValidationException>(() => Amend(intake, WhileOpen, deadline: Builders.Deadline.AddDays(-1)));

        Assert.Equal("deadlineAt", Field(refused));
        Assert.Equal(Builders.Deadline, intake.Deadline.Instant);
    }

    [Fact]
    public void OpenIntakesDeadlineMayBeExtended()
    {
        var intake = Builders.PublishedIntake();

        var amendment = Amend(intake, WhileOpen, deadline: Builders.Deadline.AddDays(14));

        Assert.Equal(Builders.Deadline.AddDays(14), intake.Deadline.Instant);
        Assert.StartsWith("deadlineAt: 2027-03-31T12:00:00+02:00 → ", Assert.Single(amendment.Changes), StringComparison.Ordinal);
    }

    [Fact]
    public void ForthcomingIntakesDeadlineMayBeBroughtForward()
    {
        var intake = Builders.PublishedIntake();

        Amend(intake, WhileForthcoming, deadline: Builders.Deadline.AddDays(-14));

        Assert.Equal(Builders.Deadline.AddDays(-14), intake.Deadline.Instant);
    }

    [Fact]
    public void ClosedIntakesDeadlineIsFixed()
    {
        var pastDeadline = Builders.PublishedIntake();
        var closedEarly = Builders.PublishedIntake();
        closedEarly.CloseEarly("Enough applications", WhileOpen);

        foreach (var (intake, now) in new[] { (pastDeadline, Builders.AfterDeadline), (closedEarly, WhileOpen.AddHours(1)) })
        {
            var refused = Assert.Throws<RequestValidationException>(() => Amend(intake, now, deadline: Builders.Deadline.AddDays(30)));
            Assert.Equal("deadlineAt", Field(refused));
            Assert.Equal(Builders.Deadline, intake.Deadline.Instant);
        }
    }

    [Fact]
    public void AmendmentCannotPutTheDeadlineBeforeTheOpening()
    {
        var intake = Builders.PublishedIntake();

        var refused = Assert.Throws<RequestValidationException>(() => Amend(intake, WhileForthcoming, deadline: Builders.Opening.AddHours(-1)));

        Assert.Equal("deadlineAt", Field(refused));
    }

    [Fact]
    public void CapacityChangeIsRecorded()
    {
        var intake = Builders.PublishedIntake();

        var amendment = Amend(intake, WhileOpen, capacity: 5);

        Assert.Equal(5, intake.CohortCapacity);
        Assert.Equal(["cohortCapacity: 3 → 5"], amendment.Changes);
    }

    [Fact]
    public void DescriptionChangeIsRecorded()
    {
        var intake = Builders.PublishedIntake();

        var amendment = Amend(intake, WhileOpen, description: new LocalizedText("Nuovo testo", "New text"));

        Assert.Equal(["description"], amendment.Changes);
        Assert.Equal("New text", intake.Description.En);
    }

    [Fact]
    public void AmendmentThatChangesNothingIsRefused()
    {
        var intake = Builders.PublishedIntake();

        var empty = Assert.Throws<RequestValidationException>(() => Amend(intake, WhileOpen));
        var sameValues = Assert.Throws<RequestValidationException>(() => Amend(intake, WhileOpen, opensAt: Builders.Opening, deadline: Builders.Deadline, capacity: 3,
            description: intake.Description));

        Assert.Equal(("reason", "reason"), (Field(empty), Field(sameValues)));
        Assert.Empty(intake.Amendments);
    }

    [Fact]
    public void DraftIsRevisedNotAmended()
    {
        var draft = Builders.DraftIntake();

        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => Amend(draft, WhileOpen, capacity: 5)).Code);
    }

    [Fact]
    public void OpenIntakeClosesEarlyWithTheReasonApplicantsAreTold()
    {
        var intake = Builders.PublishedIntake();

        intake.CloseEarly("Enough applications", WhileOpen);

        Assert.Equal((IntakeStatus.Closed, "Enough applications"), (intake.Status, intake.ClosedEarlyReason));
        Assert.Equal(IntakeStatus.Closed, intake.StatusAt(WhileOpen.AddHours(1)));
        var refused = Assert.Throws<DomainRuleException>(() => intake.CheckAcceptsDrafts(WhileOpen.AddHours(1)));
        Assert.Equal("invalid-transition", refused.Code); // closed early, not "deadline passed"
    }

    [Fact]
    public void ForthcomingIntakeMayBeClosedEarly()
    {
        var intake = Builders.PublishedIntake();

        intake.CloseEarly("Programme suspended", WhileForthcoming);

        Assert.Equal(IntakeStatus.Closed, intake.StatusAt(WhileOpen));
    }

    [Fact]
    public void ClosedOrDraftIntakeIsNotClosedEarly()
    {
        var pastDeadline = Builders.PublishedIntake();
        var draft = Builders.DraftIntake();

        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => pastDeadline.CloseEarly("Too late", Builders.AfterDeadline)).Code);
        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => draft.CloseEarly("Not yet published", WhileOpen)).Code);
        Assert.Null(pastDeadline.ClosedEarlyReason);
    }

    [Fact]
    public void SubmissionAtTheDeadlineInstantIsAcceptedAndOneTickLaterIsRefused()
    {
        var intake = Builders.PublishedIntake();

        intake.CheckAcceptsSubmissions(Builders.Deadline);
        var late = Assert.Throws<DomainRuleException>(() => intake.CheckAcceptsSubmissions(Builders.Deadline.AddTicks(1)));

        Assert.Equal(("deadline-passed", 422), (late.Code, late.Status));
        Assert.Contains("2027-03-31 12:00:00 +02:00", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DraftsAreStartedBeforeTheOpeningButSubmittedOnlyFromIt()
    {
        var intake = Builders.PublishedIntake();

        intake.CheckAcceptsDrafts(Builders.Opening.AddTicks(-1));
        var early = Assert.Throws<DomainRuleException>(() => intake.CheckAcceptsSubmissions(Builders.Opening.AddTicks(-1)));
        intake.CheckAcceptsSubmissions(Builders.Opening);

        Assert.Equal("intake-not-open", early.Code);
    }

    [Fact]
    public void UnpublishedIntakeTakesNoApplications()
    {
        var draft = Builders.DraftIntake();

        Assert.Throws<DomainRuleException>(() => draft.CheckAcceptsDrafts(WhileOpen));
    }

    [Fact]
    public void SelectionWaitsUntilApplicationsAreNoLongerTaken()
    {
        var intake = Builders.PublishedIntake();

        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => intake.CheckInSelection(Builders.Deadline)).Code);
        intake.CheckInSelection(Builders.Deadline.AddTicks(1));
    }

    [Fact]
    public void WeightedScoreIsTheRubricsWeightedAverageRoundedToTwoDecimals()
    {
        var intake = Builders.PublishedIntake(); // team weighs 2, market 1

        Assert.Equal(8m, intake.WeightedScore(new Dictionary<string, decimal> { ["team"] = 9, ["market"] = 6 }));
        Assert.Equal(7.33m, intake.WeightedScore(new Dictionary<string, decimal> { ["team"] = 7, ["market"] = 8 })); // 22 / 3
        Assert.Equal(6.67m, intake.WeightedScore(new Dictionary<string, decimal> { ["team"] = 6, ["market"] = 8 })); // 20 / 3
    }

    [Fact]
    public void WeightedScoreIsNullUntilEveryCriterionIsScored()
    {
        var intake = Builders.PublishedIntake();

        Assert.Null(intake.WeightedScore(new Dictionary<string, decimal> { ["team"] = 9 }));
    }
}
