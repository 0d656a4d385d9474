namespace PiedmontSystem.ServiceDefaults;

/// <summary>
/// Names of every resource of the platform, shared by the Aspire AppHost, the local runner and
/// the services, so that a connection string or service address is looked up under one name
/// everywhere (<c>ConnectionStrings:&lt;database&gt;</c>, <c>services:&lt;service&gt;:http:0</c>).
/// </summary>
public static class ResourceNames
{
    public const string PostgresServer = "postgres";
    public const string MessageBroker = "messaging";

    /// <summary>
    /// The broker's management HTTP API with credentials, e.g. <c>http://user:pass@127.0.0.1:15672/</c>:
    /// the partner hub provisions partners' broker accounts and reads the error queues through it.
    /// </summary>
    public const string MessageBrokerManagement = "messaging-management";

    public const string RegistryDatabase = "registrydb";
    public const string FundingDatabase = "fundingdb";
    public const string AcceleratorDatabase = "acceleratordb";
    public const string InternationalisationDatabase = "internationalisationdb";
    public const string IdentityDatabase = "identitydb";
    public const string PartnerHubDatabase = "partnerhubdb";
    public const string PortalDatabase = "portaldb";

    public const string ClusterRegistry = "cluster-registry";
    public const string FundingCalls = "funding-calls";
    public const string Accelerator = "accelerator";
    public const string Internationalisation = "internationalisation";
    public const string Identity = "identity";
    public const string PartnerHub = "partner-hub";
    public const string Web = "web";
    public const string Gateway = "gateway";

    /// <summary>
    /// The services behind the gateway — the four domain services, the identity provider and the partner hub —
    /// each with its database and its public path prefix at the gateway.
    /// </summary>
    public static readonly IReadOnlyList<ServiceResource> Services =
    [
        new(ClusterRegistry, RegistryDatabase, "/api/registry"),
        new(FundingCalls, FundingDatabase, "/api/funding"),
        new(Accelerator, AcceleratorDatabase, "/api/accelerator"),
        new(Internationalisation, InternationalisationDatabase, "/api/internationalisation"),
        // The identity provider's protocol endpoints and pages sit at the paths OpenID Connect
        // clients expect under the issuer, which is the gateway's public address.
        new(Identity, IdentityDatabase, "/api/identity", ["/connect", "/account", "/.well-known"]),
        // Partner systems' webhooks and broker accounts, and the operators' failed-message console.
        new(PartnerHub, PartnerHubDatabase, "/api/partners"),
        // The web portal: its opportunities feed, and every page path the others do not claim
        // ("/" is the gateway's catch-all, the least specific of its routes).
        new(Web, PortalDatabase, "/api/opportunities", ["/"]),
    ];
}

/// <summary>A service: its resource name, its database, the API path prefix it owns and any other public paths it serves.</summary>
public sealed record ServiceResource(string Name, string Database, string PathPrefix, IReadOnlyList<string>? OtherPaths = null)
{
    /// <summary>Every path prefix the gateway routes to this service (<c>/</c>: every path no other route claims).</summary>
    public IEnumerable<string> PathPrefixes => OtherPaths is null ? [PathPrefix] : [PathPrefix, .. OtherPaths];
}
