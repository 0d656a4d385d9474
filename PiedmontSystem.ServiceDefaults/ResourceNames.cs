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

    public const string RegistryDatabase = "registrydb";
    public const string FundingDatabase = "fundingdb";
    public const string AcceleratorDatabase = "acceleratordb";
    public const string InternationalisationDatabase = "internationalisationdb";

    public const string ClusterRegistry = "cluster-registry";
    public const string FundingCalls = "funding-calls";
    public const string Accelerator = "accelerator";
    public const string Internationalisation = "internationalisation";
    public const string Gateway = "gateway";

    /// <summary>The four domain services, each with its database and its public path prefix at the gateway.</summary>
    public static readonly IReadOnlyList<ServiceResource> Services =
    [
        new(ClusterRegistry, RegistryDatabase, "/api/registry"),
        new(FundingCalls, FundingDatabase, "/api/funding"),
        new(Accelerator, AcceleratorDatabase, "/api/accelerator"),
        new(Internationalisation, InternationalisationDatabase, "/api/internationalisation"),
    ];
}

/// <summary>A domain service: its resource name, its database and the path prefix it owns.</summary>
public sealed record ServiceResource(string Name, string Database, string PathPrefix);
