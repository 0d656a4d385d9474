using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.UnitTests.Matchmaking;

public class MeetingRulesTests
{
    [Fact]
    public void OptOutRequestIsAcceptedAtOnce()
    {
        var session = Builders.Published(Builders.Terms(acceptance: AcceptanceMode.OptOut));

        var request = MeetingRequest.Send(session, Builders.Registered(session), Builders.Buyer(session, 1), Side.Buyer, "Hello", "buyer", Builders.Now);

        Assert.Equal(RequestStatus.Accepted, request.Status);
    }

    [Fact]
    public void OnlyTheSideARequestWasSentToAnswersItAndOnlyTheSenderWithdrawsIt()
    {
        var session = Builders.Published();
        var request = MeetingRequest.Send(session, Builders.Registered(session), Builders.Buyer(session, 1), Side.Participant, "Hello", "startup", Builders.Now);

        Assert.Equal("forbidden", Assert.Throws<DomainRuleException>(() => request.Accept(session, Side.Participant, "startup", Builders.Now)).Code);
        Assert.Equal("forbidden", Assert.Throws<DomainRuleException>(() => request.Withdraw(session, Side.Buyer, Builders.Now)).Code);
        request.Decline(session, Side.Buyer, "buyer", Builders.Now);
        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => request.Accept(session, Side.Buyer, "buyer", Builders.Now)).Code);
    }

    [Fact]
    public void BookingNeedsAnAcceptedRequestAndBothSidesAvailable()
    {
        var session = Builders.Published();
        var registration = Builders.Registered(session, [1, 2]);
        var buyer = Builders.Buyer(session, 3, [2, 3]);
        var pending = MeetingRequest.Send(session, registration, buyer, Side.Participant, "Hello", "startup", Builders.Now);

        Assert.Equal("request-not-accepted", Assert.Throws<DomainRuleException>(() => Meeting.Book(session, pending, registration, buyer, 2, "x", Builders.Now)).Code);
        pending.Accept(session, Side.Buyer, "buyer", Builders.Now);
        Assert.Equal("not-available", Assert.Throws<DomainRuleException>(() => Meeting.Book(session, pending, registration, buyer, 1, "x", Builders.Now)).Code);
        Assert.Equal("not-available", Assert.Throws<DomainRuleException>(() => Meeting.Book(session, pending, registration, buyer, 3, "x", Builders.Now)).Code);
        Assert.Throws<RequestValidationException>(() => Meeting.Book(session, pending, registration, buyer, 4, "x", Builders.Now));
        var meeting = Meeting.Book(session, pending, registration, buyer, 2, "x", Builders.Now);
        Assert.Equal((2, 3, MeetingStatus.Scheduled), (meeting.Slot, meeting.Table, meeting.Status));   // at the buyer's table
    }

    [Fact]
    public void OutcomeIsRecordedAfterTheMeetingStartsAndAContractCarriesItsValue()
    {
        var session = Builders.Published();
        var registration = Builders.Registered(session);
        var buyer = Builders.Buyer(session, 1);
        var meeting = Meeting.Book(session, Builders.Accepted(session, registration, buyer), registration, buyer, 1, "x", Builders.Now);
        var during = meeting.StartsAt(session).AddMinutes(1);

        Assert.Equal("meeting-not-held-yet", Assert.Throws<DomainRuleException>(() =>
            MeetingOutcome.Record(session, meeting, Side.Buyer, OutcomeResult.Pilot, null, null, "x", meeting.StartsAt(session).AddTicks(-1))).Code);
        Assert.Throws<RequestValidationException>(() => MeetingOutcome.Record(session, meeting, Side.Buyer, OutcomeResult.SupplyContractSigned, null, null, "x", during));
        Assert.Throws<RequestValidationException>(() => MeetingOutcome.Record(session, meeting, Side.Buyer, OutcomeResult.FollowUp, 10m, null, "x", during));
        Assert.Throws<RequestValidationException>(() => MeetingOutcome.Record(session, meeting, Side.Buyer, OutcomeResult.SupplyContractSigned, 10.001m, null, "x", during));
        Assert.Equal(10_000m, MeetingOutcome.Record(session, meeting, Side.Buyer, OutcomeResult.SupplyContractSigned, 10_000m, null, "x", during).ContractValueEur);
    }

    [Fact]
    public void MeetingsContractIsCountedOnceAtTheBuyersValue()
    {
        var session = Builders.Published();
        var registration = Builders.Registered(session);
        var buyer = Builders.Buyer(session, 1);
        var meeting = Meeting.Book(session, Builders.Accepted(session, registration, buyer), registration, buyer, 1, "x", Builders.Now);
        var after = meeting.EndsAt(session);
        var participant = MeetingOutcome.Record(session, meeting, Side.Participant, OutcomeResult.SupplyContractSigned, 90_000m, null, "x", after);
        var buyerSays = MeetingOutcome.Record(session, meeting, Side.Buyer, OutcomeResult.SupplyContractSigned, 100_000m, null, "x", after);

        Assert.Equal(90_000m, SupplyContract.ValueOf([participant]));
        Assert.Equal(100_000m, SupplyContract.ValueOf([participant, buyerSays]));
        Assert.True(SupplyContract.IsNewlySigned(signedBefore: false, participant, otherSide: null));
        Assert.False(SupplyContract.IsNewlySigned(signedBefore: false, buyerSays, otherSide: participant));
        Assert.False(SupplyContract.IsNewlySigned(signedBefore: true, buyerSays, otherSide: null));
    }

    [Theory]
    [InlineData("IT", "Piemonte", false)]
    [InlineData("IT", " piedmont ", false)]
    [InlineData("IT", "Lombardia", true)]
    [InlineData("FR", "Piemonte", true)]
    [InlineData("FR", "Auvergne-Rhône-Alpes", true)]
    public void BuyerIsFromOutsideUnlessInPiedmontItaly(string country, string region, bool outside) =>
        Assert.Equal(outside, BuyerOrigin.IsOutsideRegion(country, region));

    [Fact]
    public void CountryCodesAreTheIsoOnes()
    {
        Assert.Equal(249, PiedmontSystem.Contracts.CountryCodes.All.Count);
        Assert.True(BuyerOrigin.IsCountryCode("DE"));
        Assert.False(BuyerOrigin.IsCountryCode("UK"));
        Assert.False(BuyerOrigin.IsCountryCode("EU"));
    }
}
