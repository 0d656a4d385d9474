using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.UnitTests;

public class ProgressTests
{
    private static readonly DateTimeOffset Now = Builders.AfterDeadline.AddMonths(1);
    private static readonly DateOnly Day = new(2027, 5, 10);

    private static ServiceDelivery Delivered(Application member, Intake intake, ServiceKind kind, decimal hours) =>
        ServiceDelivery.Log(member, intake, kind, hours, Builders.Provider, Day, null, "provider-user", Now);

    [Fact]
    public void ProgressIsTheHoursDeliveredAgainstThePlanCappedPerService()
    {
        var intake = Builders.PublishedIntake(); // training 20 h, consulting 10 h planned
        var member = Builders.InState(ApplicationStatus.Admitted);
        ServiceDelivery[] deliveries = [Delivered(member, intake, ServiceKind.Training, 18), Delivered(member, intake, ServiceKind.Training, 12),
            Delivered(member, intake, ServiceKind.StrategicConsulting, 5)];

        var progress = Progress.Of(intake, deliveries);

        Assert.Equal([new ServiceProgress(ServiceKind.Training, 20, 30), new ServiceProgress(ServiceKind.StrategicConsulting, 10, 5)], progress);
        Assert.Equal(83.3m, Progress.Percent(progress)); // (20 + 5) / 30: the extra training hours do not make up for consulting
    }

    [Fact]
    public void ProgressRoundsToOneDecimalAndReachesOneHundredOnlyWhenEveryServiceIsDelivered()
    {
        Assert.Equal(50m, Progress.Percent([new(ServiceKind.Training, 20, 15), new(ServiceKind.StrategicConsulting, 10, 0)]));
        Assert.Equal(66.7m, Progress.Percent([new(ServiceKind.Training, 20, 40), new(ServiceKind.StrategicConsulting, 10, 0)]));
        Assert.Equal(100m, Progress.Percent([new(ServiceKind.Training, 20, 25), new(ServiceKind.StrategicConsulting, 10, 10)]));
    }

    [Fact]
    public void NoPlannedHoursIsNoProgress()
    {
        Assert.Equal(0m, Progress.Percent([]));
    }

    [Fact]
    public void ServicesAreLoggedOnlyForTheCohortByTheIntakesProvidersFromItsCatalogue()
    {
        var intake = Builders.PublishedIntake();
        var member = Builders.InState(ApplicationStatus.Admitted);

        var notInCohort = Assert.Throws<DomainRuleException>(() => Delivered(Builders.InState(ApplicationStatus.WaitListed), intake, ServiceKind.Training, 2));
        var notAProvider = Assert.Throws<DomainRuleException>(() =>
            ServiceDelivery.Log(member, intake, ServiceKind.Training, 2, Guid.NewGuid(), Day, null, "provider-user", Now));
        var notInCatalogue = Assert.Throws<RequestValidationException>(() => Delivered(member, intake, ServiceKind.Networking, 2));

        Assert.Equal(("invalid-transition", "not-a-provider"), (notInCohort.Code, notAProvider.Code));
        Assert.Equal("kind", Assert.Single(notInCatalogue.Errors).Key);
    }
}
