using PiedmontSystem.ServiceDefaults;

// The same topology as the local runner (tools/LocalRunner), with Aspire's containers and dashboard.
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.PostgresServer)
    .WithDataVolume()
    .WithLifetime(ContainerLifetime.Persistent);
var rabbit = builder.AddRabbitMQ(ResourceNames.MessageBroker)
    .WithManagementPlugin()
    .WithDataVolume();

// The key with which the gateway signs the instant it received a request (deadlines are judged on it).
var receiptStampKey = builder.AddParameter("receipt-stamp-key", new GenerateParameterDefault { MinLength = 48, Special = false }, secret: true, persist: true);

// The gateway's address is the issuer of every token: clients meet the identity service there, and
// every process reads the provider's discovery document from it (Authentication:Jwt:Authority).
var gateway = builder.AddProject<Projects.PiedmontSystem_Gateway>(ResourceNames.Gateway)
    .WithManagementEndpoint();
var issuer = ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/");

// Each service: its own database on the shared server, the broker, the identity provider, and a readiness check.
IResourceBuilder<ProjectResource> AddService<TProject>(string name, string database) where TProject : IProjectMetadata, new()
{
    var db = postgres.AddDatabase(database);
    return builder.AddProject<TProject>(name)
        .WithReference(db).WaitFor(db)
        .WithReference(rabbit).WaitFor(rabbit)
        .WithEnvironment("ReceiptStamp__Key", receiptStampKey)
        .WithEnvironment("Authentication__Jwt__Authority", issuer)
        .WithManagementEndpoint()
        .WithHttpHealthCheck("/health");
}

var registry = AddService<Projects.PiedmontSystem_ClusterRegistry>(ResourceNames.ClusterRegistry, ResourceNames.RegistryDatabase);
var funding = AddService<Projects.PiedmontSystem_FundingCalls>(ResourceNames.FundingCalls, ResourceNames.FundingDatabase);
var accelerator = AddService<Projects.PiedmontSystem_Accelerator>(ResourceNames.Accelerator, ResourceNames.AcceleratorDatabase);
var internationalisation = AddService<Projects.PiedmontSystem_Internationalisation>(ResourceNames.Internationalisation, ResourceNames.InternationalisationDatabase);

// The identity provider (docs/identity.md): its keys in a git-ignored folder beside the AppHost, the
// web portal's client secret generated once.
var webClientSecret = builder.AddParameter("identity-web-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
var identity = AddService<Projects.PiedmontSystem_Identity>(ResourceNames.Identity, ResourceNames.IdentityDatabase)
    .WithEnvironment("Identity__Issuer", issuer)
    .WithEnvironment("Identity__Keys__Directory", Path.Combine(builder.AppHostDirectory, ".identity-keys"))
    .WithEnvironment("Identity__Clients__Web__Secret", webClientSecret);

// The web portal (docs/portal.md): the opportunities read model in its own database, people signed in
// as the identity service's web client, the API called through the gateway.
var web = AddService<Projects.PiedmontSystem_Web>(ResourceNames.Web, ResourceNames.PortalDatabase)
    .WithEnvironment("Portal__ClientSecret", webClientSecret)
    .WithEnvironment($"services__{ResourceNames.Gateway}__http__0", gateway.GetEndpoint("http"));

// The partner hub (docs/partners.md): partners' webhooks and broker accounts, operators' failed messages.
// It gets the broker's management API with the broker's own credentials (partners' users and the
// error queues), and every service's address (their outbox backlogs), as the gateway does.
var rabbitManagement = ReferenceExpression.Create(
    $"http://{rabbit.Resource.UserNameReference}:{rabbit.Resource.PasswordParameter}@{rabbit.Resource.ManagementEndpoint.Property(EndpointProperty.HostAndPort)}/");
var partnerHub = AddService<Projects.PiedmontSystem_PartnerHub>(ResourceNames.PartnerHub, ResourceNames.PartnerHubDatabase)
    .WithEnvironment($"ConnectionStrings__{ResourceNames.MessageBrokerManagement}", rabbitManagement)
    .WithReference(registry)
    .WithReference(funding)
    .WithReference(accelerator)
    .WithReference(internationalisation)
    .WithReference(identity)
    .WithReference(web);
// Its own address too: it lists its own backlog beside the others.
partnerHub.WithEnvironment($"services__{ResourceNames.PartnerHub}__http__0", partnerHub.GetEndpoint("http"));

// WithReference(project) injects services__<name>__http__0, from which the gateway builds its routes.
gateway
    .WithReference(registry).WaitFor(registry)
    .WithReference(funding).WaitFor(funding)
    .WithReference(accelerator).WaitFor(accelerator)
    .WithReference(internationalisation).WaitFor(internationalisation)
    .WithReference(identity).WaitFor(identity)
    .WithReference(partnerHub).WaitFor(partnerHub)
    .WithReference(web).WaitFor(web)
    .WithEnvironment("ReceiptStamp__Key", receiptStampKey)
    .WithEnvironment("Authentication__Jwt__Authority", issuer)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();

internal static class ManagementEndpointExtensions
{
    /// <summary>
    /// Every process's Prometheus metrics (<c>/metrics</c>) on an endpoint of its own, "management":
    /// Aspire gives its port in <c>Management__Port</c> and, because of that, leaves it out of
    /// ASPNETCORE_URLS; ServiceDefaults makes Kestrel listen on it (the dashboard itself reads OTLP).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithManagementEndpoint(this IResourceBuilder<ProjectResource> project) =>
        project.WithHttpEndpoint(name: "management", env: "Management__Port");
}
