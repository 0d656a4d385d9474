using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.UnitTests.Matchmaking;

public class MatchmakingSessionTests
{
    [Fact]
    public void SlotsAreRomeWallClockTimesWithTheOffsetOfTheirDay()
    {
        var winter = MatchmakingSession.Draft(Builders.Terms(), Builders.Now);
        var summer = MatchmakingSession.Draft(Builders.Terms(date: new DateOnly(2027, 3, 29), deadline: new DateTimeOffset(2027, 3, 20, 0, 0, 0, TimeSpan.Zero)), Builders.Now);

        Assert.Equal(new DateTimeOffset(2027, 3, 10, 9, 40, 0, TimeSpan.FromHours(1)), winter.SlotStart(2));
        Assert.Equal(new DateTimeOffset(2027, 3, 10, 11, 40, 0, TimeSpan.FromHours(1)), winter.EndsAt);
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 9, 0, 0, TimeSpan.FromHours(2)), summer.StartsAt);
        Assert.Equal([0, 1, 2, 3, 5, 6, 7], winter.MeetingSlots);
    }

    [Fact]
    public void PublishingWithoutBuyersNamesThem()
    {
        var draft = MatchmakingSession.Draft(Builders.Terms(), Builders.Now);

        var refused = Assert.Throws<RequestValidationException>(() => draft.Publish(buyers: 0, Builders.Now));

        Assert.Equal(["buyers"], refused.Errors.Keys);
    }

    [Fact]
    public void RegistrationClosesOneInstantAfterTheDeadline()
    {
        var session = Builders.Published();
        var deadline = session.RegistrationDeadline;

        session.CheckAcceptsRegistrations(deadline);
        var late = Assert.Throws<DomainRuleException>(() => session.CheckAcceptsRegistrations(deadline.AddTicks(1)));

        Assert.Equal("registration-closed", late.Code);
        Assert.Equal(SessionStatus.Published, session.StatusAt(deadline));
        Assert.Equal(SessionStatus.RegistrationClosed, session.StatusAt(deadline.AddTicks(1)));
    }

    [Fact]
    public void AgendaIsPublishedOnlyAfterRegistrationCloses()
    {
        var session = Builders.Published();

        var early = Assert.Throws<DomainRuleException>(() => session.PublishPreliminaryAgenda(Builders.Now));
        session.PublishPreliminaryAgenda(session.RegistrationDeadline.AddMinutes(1));

        Assert.Equal("registration-still-open", early.Code);
        Assert.Equal(SessionStatus.AgendaPreliminary, session.Status);
    }

    [Fact]
    public void AfterTheFinalAgendaOnlyCancellationsRemain()
    {
        var session = Builders.Published();
        var registration = Builders.Registered(session);
        var buyer = Builders.Buyer(session, 1);
        var request = Builders.Accepted(session, registration, buyer);
        var meeting = Meeting.Book(session, request, registration, buyer, 0, "test", Builders.Now);
        var after = session.RegistrationDeadline.AddMinutes(1);
        session.PublishFinalAgenda(after);

        Assert.Equal("agenda-final", Assert.Throws<DomainRuleException>(() => session.CheckOpenForMeetings(after, "booked")).Code);
        Assert.Equal("agenda-final", Assert.Throws<DomainRuleException>(() => session.CheckSchedulerMayRun(after)).Code);
        meeting.Cancel(session, "test", after);
        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
    }

    [Fact]
    public void SessionClosesOnlyOnceItHasStarted()
    {
        var session = Builders.Published();
        session.PublishFinalAgenda(session.RegistrationDeadline.AddMinutes(1));

        Assert.Equal("session-not-started", Assert.Throws<DomainRuleException>(() => session.Close(session.StartsAt.AddMinutes(-1))).Code);
        session.Close(session.StartsAt);
        Assert.Equal(SessionStatus.Closed, session.Status);
    }

    [Fact]
    public void AmendmentAddsTablesButNeverRemovesThemAndIsRecorded()
    {
        var session = Builders.Published();

        var amendment = session.Amend(new RequestedSessionAmendment("More buyers", null, null, null, null, 8, null), "manager", Builders.Now);
        var fewer = Assert.Throws<RequestValidationException>(() => session.Amend(new RequestedSessionAmendment("Fewer", null, null, null, null, 3, null), "manager", Builders.Now));

        Assert.Equal((1, "tableCount", "5", "8"), (amendment.Number, amendment.Changes[0].Field, amendment.Changes[0].From, amendment.Changes[0].To));
        Assert.Equal(["tableCount"], fewer.Errors.Keys);
        Assert.Equal(8, session.TableCount);
    }

    [Fact]
    public void AvailabilityNamesEachSlotThatIsABreakOrOutsideTheSession()
    {
        var session = Builders.Published();

        var refused = Assert.Throws<RequestValidationException>(() => session.Availability([1, 4, 9], "availableSlots"));

        Assert.Equal(["availableSlots[1]", "availableSlots[2]"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([1, 2], session.Availability([2, 1, 2], "availableSlots"));
        Assert.Equal(session.MeetingSlots, session.Availability(null, "availableSlots"));
    }

    [Fact]
    public void TablesAreGivenInOrderUntilNoneIsLeft()
    {
        var session = Builders.Published(Builders.Terms(tables: 2));

        Assert.Equal(1, session.FreeTable([]));
        Assert.Equal(2, session.FreeTable([1]));
        Assert.Equal("no-free-table", Assert.Throws<DomainRuleException>(() => session.FreeTable([1, 2])).Code);
    }
}
