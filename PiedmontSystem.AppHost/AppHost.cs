using PiedmontSystem.ServiceDefaults;

// The same topology as the local runner (tools/LocalRunner), with Aspire's containers and dashboard.
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.PostgresServer)
    .WithDataVolume()
    .WithLifetime(ContainerLifetime.Persistent);
var rabbit = builder.AddRabbitMQ(ResourceNames.MessageBroker)
    .WithManagementPlugin()
    .WithDataVolume();

// Each service: its own database on the shared server, the broker, and a readiness check.
IResourceBuilder<ProjectResource> AddService<TProject>(string name, string database) where TProject : IProjectMetadata, new()
{
    var db = postgres.AddDatabase(database);
    return builder.AddProject<TProject>(name)
        .WithReference(db).WaitFor(db)
        .WithReference(rabbit).WaitFor(rabbit)
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
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
