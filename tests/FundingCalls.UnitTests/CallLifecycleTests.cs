using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.FundingCalls.UnitTests;

public class CallLifecycleTests
{
    [Fact]
    public void PublishedCallIsForthcomingUntilItsOpeningInstant()
    {
        var call = Builders.PublishedCall();

        Assert.Equal(CallStatus.Forthcoming, call.StatusAt(Builders.Opening.AddTicks(-1)));
        Assert.Equal(CallStatus.Open, call.StatusAt(Builders.Opening));
    }

    [Fact]
    public void CallIsOpenAtItsDeadlineInstantAndClosedJustAfter()
    {
        var call = Builders.PublishedCall();

        Assert.Equal(CallStatus.Open, call.StatusAt(Builders.Deadline));
        Assert.Equal(CallStatus.Closed, call.StatusAt(Builders.Deadline.AddTicks(1)));
    }

    [Fact]
    public void SubmissionAtTheDeadlineInstantIsAccepted()
    {
        var call = Builders.PublishedCall();

        call.CheckAcceptsSubmissions(Builders.Deadline.AddSeconds(-1));
        call.CheckAcceptsSubmissions(Builders.Deadline);
    }

    [Fact]
    public void SubmissionOneSecondLateIsRefusedWithTheDeadline()
    {
        var call = Builders.PublishedCall();

        var refused = Assert.Throws<DomainRuleException>(() => call.CheckAcceptsSubmissions(Builders.Deadline.AddSeconds(1)));

        Assert.Equal("deadline-passed", refused.Code);
        Assert.Contains("2027-03-31 12:00:00 +02:00", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmissionBeforeTheOpeningIsRefused()
    {
        var call = Builders.PublishedCall();

        Assert.Equal("call-not-open", Assert.Throws<DomainRuleException>(() => call.CheckAcceptsSubmissions(Builders.Opening.AddSeconds(-1))).Code);
    }

    [Fact]
    public void DeadlineOnTheDayClocksGoForwardIsNoonRomeTime()
    {
        var deadline = Builders.Rome("2027-03-28T12:00");
        var call = Builders.PublishedCall(deadlineAt: deadline);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 10, 0, 0, TimeSpan.Zero), call.Deadline);
        call.CheckAcceptsSubmissions(new DateTimeOffset(2027, 3, 28, 10, 0, 0, TimeSpan.Zero));
        Assert.Throws<DomainRuleException>(() => call.CheckAcceptsSubmissions(new DateTimeOffset(2027, 3, 28, 10, 0, 1, TimeSpan.Zero)));
    }

    [Fact]
    public void ClockMovesPublishedCallOnAndSaysWhenItChanged()
    {
        var call = Builders.PublishedCall();

        Assert.False(call.FollowClock(Builders.Opening.AddMinutes(-1)));
        Assert.True(call.FollowClock(Builders.Opening));
        Assert.Equal(CallStatus.Open, call.Status);
        Assert.True(call.FollowClock(Builders.Deadline.AddSeconds(1)));
        Assert.Equal(CallStatus.Closed, call.Status);
    }

    [Fact]
    public void DraftDoesNotFollowTheClock()
    {
        var call = FundingCall.Draft(Guid.NewGuid(), Builders.Terms(), Builders.Opening.AddDays(-3));

        Assert.False(call.FollowClock(Builders.Deadline.AddDays(1)));
        Assert.Equal(CallStatus.Draft, call.StatusAt(Builders.Opening));
    }

    [Fact]
    public void DeadlineExtensionIsRecordedWithOldAndNewValues()
    {
        var call = Builders.PublishedCall();
        var now = Builders.Opening.AddDays(1);
        var extended = Builders.Rome("2027-04-15T12:00");

        var amendment = call.Amend(new RequestedAmendment("Extended at the clusters' request", null, extended, null, null), "officer", now);

        Assert.Equal(1, amendment.Number);
        var change = Assert.Single(amendment.Changes);
        Assert.Equal(("deadlineAt", "2027-03-31T12:00:00+02:00", "2027-04-15T12:00:00+02:00"), (change.Field, change.From, change.To));
        Assert.Equal(extended, call.Deadline);
        Assert.Single(call.Amendments);
    }

    [Fact]
    public void OpenCallDeadlineCannotBeBroughtForward()
    {
        var call = Builders.PublishedCall();

        var refused = Assert.Throws<RequestValidationException>(() =>
            call.Amend(new RequestedAmendment("Shorter", null, Builders.Deadline.AddDays(-1), null, null), "officer", Builders.Opening.AddDays(1)));

        Assert.Contains("deadlineAt", refused.Errors.Keys);
        Assert.Equal(Builders.Deadline, call.Deadline);
        Assert.Empty(call.Amendments);
    }

    [Fact]
    public void ClosedCallCannotBeReopenedByAmendment()
    {
        var call = Builders.PublishedCall();

        Assert.Throws<RequestValidationException>(() =>
            call.Amend(new RequestedAmendment("Reopen", null, Builders.Deadline.AddDays(10), null, null), "officer", Builders.Deadline.AddDays(1)));
    }

    [Fact]
    public void AmendmentThatChangesNothingIsRefused()
    {
        var call = Builders.PublishedCall();

        Assert.Throws<RequestValidationException>(() =>
            call.Amend(new RequestedAmendment("Nothing", null, Builders.Deadline, null, null), "officer", Builders.Opening));
    }

    [Fact]
    public void BudgetCanBeRaisedAfterAwardsButNotLowered()
    {
        var call = Builders.PublishedCall();
        call.StartEvaluation(Builders.Deadline.AddDays(1));
        call.CompleteEvaluation(Builders.Deadline.AddDays(30));

        call.Amend(new RequestedAmendment("Reserve list funded", null, null, Money.Euros(3_000_000), null), "officer", Builders.Deadline.AddDays(31));

        Assert.Equal(3_000_000, call.BudgetEur.Amount);
        Assert.Throws<RequestValidationException>(() =>
            call.Amend(new RequestedAmendment("Cut", null, null, Money.Euros(2_500_000), null), "officer", Builders.Deadline.AddDays(32)));
    }

    [Fact]
    public void EvaluationStartsOnlyAfterTheDeadline()
    {
        var call = Builders.PublishedCall();

        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => call.StartEvaluation(Builders.Deadline)).Code);
        call.StartEvaluation(Builders.Deadline.AddSeconds(1));
        Assert.Equal(CallStatus.UnderEvaluation, call.Status);
    }

    [Fact]
    public void TermsWithWeightsNotAddingUpTo100AreNotPublishable()
    {
        var terms = Builders.Terms() with { Criteria = [.. Builders.Criteria().Take(2)] };

        Assert.Contains(terms.Problems(), p => p.Field == "criteria");
    }

    [Fact]
    public void GrantIsSplitAtTheProgrammeRate()
    {
        var programme = Programme.Create(Guid.NewGuid(), "PR-FESR-2021-2027", new("a", "b"), "ERDF", 2021, 2027, Money.Euros(1_000_000), 0.5m);

        Assert.Equal((100_000.00m, 100_000.01m), programme.Split(Money.Euros(200_000.01m)));
    }
}
