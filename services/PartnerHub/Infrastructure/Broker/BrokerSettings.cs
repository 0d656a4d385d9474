using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.PartnerHub.Infrastructure.Broker;

/// <summary>
/// Where the hub reaches RabbitMQ as an operator would: the AMQP URI it already uses for its bus
/// (<c>ConnectionStrings:messaging</c>; its path is the platform's virtual host, <c>/</c> when
/// empty) and the management HTTP API with an administrator's credentials
/// (<c>ConnectionStrings:messaging-management</c>, e.g. <c>http://user:pass@127.0.0.1:15672/</c>).
/// Without the management address the hub runs, and its broker endpoints answer 503.
/// </summary>
public sealed class BrokerSettings
{
    public const string Section = "PartnerHub:Broker";

    private BrokerSettings(Uri amqpUri, string virtualHost, Uri? managementUri, string managementUser, string managementPassword)
    {
        AmqpUri = amqpUri;
        VirtualHost = virtualHost;
        ManagementUri = managementUri;
        ManagementUser = managementUser;
        ManagementPassword = managementPassword;
    }

    public Uri AmqpUri { get; }

    /// <summary>The platform's virtual host: where partners' permissions are set and error queues are read.</summary>
    public string VirtualHost { get; }

    /// <summary>The management API's base address, without credentials; null when not configured.</summary>
    public Uri? ManagementUri { get; }

    public string ManagementUser { get; }

    public string ManagementPassword { get; }

    /// <summary>How long a management API call may take before the hub answers 503.</summary>
    public TimeSpan ManagementTimeout { get; private init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many messages of an error queue the hub looks through for one message id at most.</summary>
    public int ScanLimit { get; private init; } = 10_000;

    public static BrokerSettings From(IConfiguration configuration)
    {
        var amqp = configuration.GetConnectionString(ResourceNames.MessageBroker)
            ?? throw new InvalidOperationException($"Connection string '{ResourceNames.MessageBroker}' is not set.");
        var amqpUri = new Uri(amqp);
        var section = configuration.GetSection(Section);
        var virtualHost = section["VirtualHost"] ?? VirtualHostOf(amqpUri);
        Uri? managementUri = null;
        string user = "", password = "";
        if (configuration.GetConnectionString(ResourceNames.MessageBrokerManagement) is { Length: > 0 } management)
        {
            var withCredentials = new Uri(management.EndsWith('/') ? management : management + "/");
            var credentials = withCredentials.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(credentials[0]);
            password = Uri.UnescapeDataString(credentials.ElementAtOrDefault(1) ?? "");
            managementUri = new UriBuilder(withCredentials) { UserName = "", Password = "" }.Uri;
        }
        return new BrokerSettings(amqpUri, virtualHost, managementUri, user, password)
        {
            ManagementTimeout = section.GetValue<TimeSpan?>("ManagementTimeout") ?? TimeSpan.FromSeconds(5),
            ScanLimit = section.GetValue<int?>("ScanLimit") ?? 10_000,
        };
    }

    /// <summary>The virtual host an AMQP URI names, as RabbitMQ clients read it: its path, <c>/</c> when empty.</summary>
    public static string VirtualHostOf(Uri amqpUri)
    {
        var path = amqpUri.AbsolutePath.TrimStart('/');
        return path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
    }
}
