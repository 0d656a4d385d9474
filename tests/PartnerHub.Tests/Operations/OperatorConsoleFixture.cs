using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Tests.Operations;

/// <summary>
/// The partner hub as operators use it: with the test broker's management API (and its
/// administrator's credentials), and every service's address pointing at loopback ports the
/// tests serve themselves (<see cref="ServicesPort"/>; <see cref="SilentServicePort"/> never answers).
/// </summary>
public class OperatorConsoleFixture : PartnerHubFixture
{
    /// <summary>Where the tests may answer as the platform's services (all at one address, each under its own path prefix).</summary>
    public int ServicesPort { get; } = LoopbackPorts.FindFree();

    /// <summary>A port nothing listens on: the service given it is unreachable.</summary>
    public int SilentServicePort { get; } = LoopbackPorts.FindFree();

    /// <summary>The service the tests leave without an answer.</summary>
    public const string SilentService = ResourceNames.Identity;

    /// <summary>How long the hub waits for a service's outbox backlog: long enough for all of them to be asked on a loaded machine.</summary>
    public static readonly TimeSpan OutboxTimeout = TimeSpan.FromSeconds(3);

    public IsolatedBroker Broker => Service.Broker;

    /// <summary>A management API address whose password is wrong: every call is refused (401).</summary>
    protected virtual string ManagementUri(IsolatedBroker broker) => broker.Management.UriWithCredentials;

    protected override void Configure(ServiceFactory<PartnerHubDbContext> service)
    {
        base.Configure(service);
        service.WithSetting($"ConnectionStrings:{ResourceNames.MessageBrokerManagement}", ManagementUri(service.Broker));
        foreach (var resource in ResourceNames.Services)
        {
            var port = resource.Name == SilentService ? SilentServicePort : ServicesPort;
            service.WithSetting($"services:{resource.Name}:http:0", $"http://127.0.0.1:{port}");
        }
        service.WithSetting("PartnerHub:Operations:OutboxTimeout", OutboxTimeout.ToString());
    }

    public HttpClient Operator(string subject = "operator-rossi") => Service.CreateClient().WithToken(Roles.Operator, subject: subject);

    public HttpClient Anonymous() => Service.CreateClient();

    /// <summary>The callers every operator endpoint refuses, with the status each gets.</summary>
    public static TheoryData<string, int> Refused => new()
    {
        { "anonymous", 401 },
        { Roles.PartnerSystem, 403 },
        { Roles.OrganisationUser, 403 },
        { Roles.RegionalOfficer, 403 },
    };

    public HttpClient Caller(string caller) => caller switch
    {
        "anonymous" => Anonymous(),
        Roles.PartnerSystem => Partner("crm-curious"),
        Roles.OrganisationUser => Service.CreateClient().WithToken(Roles.OrganisationUser, organisationId: Guid.NewGuid()),
        _ => Service.CreateClient().WithToken(caller),
    };
}

/// <summary>The hub with a management API that refuses its credentials.</summary>
public sealed class RefusingManagementFixture : OperatorConsoleFixture
{
    protected override string ManagementUri(IsolatedBroker broker) =>
        new UriBuilder(broker.Management.UriWithCredentials) { Password = "not-the-password" }.Uri.ToString();
}
