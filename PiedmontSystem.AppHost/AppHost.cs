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

// Each service: its own database on the shared server, the broker, and a readiness check.
IResourceBuilder<ProjectResource> AddService<TProject>(string name, string database) where TProject : IProjectMetadata, new()
{
    var db = postgres.AddDatabase(database);
    return builder.AddProject<TProject>(name)
        .WithReference(db).WaitFor(db)
        .WithReference(rabbit).WaitFor(rabbit)
        .WithEnvironment("ReceiptStamp__Key", receiptStampKey)
        .WithHttpHealthCheck("/health");
}

var registry = AddService<Projects.PiedmontSystem_ClusterRegistry>(ResourceNames.ClusterRegistry, ResourceNames.RegistryDatabase);
var funding = AddService<Projects.PiedmontSystem_FundingCalls>(ResourceNames.FundingCalls, ResourceNames.FundingDatabase);
var accelerator = AddService<Projects.PiedmontSystem_Accelerator>(ResourceNames.Accelerator, ResourceNames.AcceleratorDatabase);
var internationalisation = AddService<Projects.PiedmontSystem_Internationalisation>(ResourceNames.Internationalisation, ResourceNames.InternationalisationDatabase);

// WithReference(project) injects services__<name>__http__0, from which the gateway builds its routes.
builder.AddProject<Projects.PiedmontSystem_Gateway>(ResourceNames.Gateway)
    .WithReference(registry).WaitFor(registry)
    .WithReference(funding).WaitFor(funding)
    .WithReference(accelerator).WaitFor(accelerator)
    .WithReference(internationalisation).WaitFor(internationalisation)
    .WithEnvironment("ReceiptStamp__Key", receiptStampKey)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
