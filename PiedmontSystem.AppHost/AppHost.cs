using PiedmontSystem.ServiceDefaults;

// The same topology as the local runner (tools/LocalRunner), with Aspire's containers and dashboard.
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.PostgresServer)
    .WithDataVolume()
    .WithLifetime(ContainerLifetime.Persistent);
var rabbit = builder.AddRabbitMQ(ResourceNames.MessageBroker)
    .WithManagementPlugin()
    .WithDataVolume();

var registryDb = postgres.AddDatabase(ResourceNames.RegistryDatabase);
var fundingDb = postgres.AddDatabase(ResourceNames.FundingDatabase);
var acceleratorDb = postgres.AddDatabase(ResourceNames.AcceleratorDatabase);
var internationalisationDb = postgres.AddDatabase(ResourceNames.InternationalisationDatabase);

var registry = builder.AddProject<Projects.PiedmontSystem_ClusterRegistry>(ResourceNames.ClusterRegistry)
    .WithReference(registryDb).WaitFor(registryDb)
    .WithReference(rabbit).WaitFor(rabbit)
    .WithHttpHealthCheck("/health");
var funding = builder.AddProject<Projects.PiedmontSystem_FundingCalls>(ResourceNames.FundingCalls)
    .WithReference(fundingDb).WaitFor(fundingDb)
    .WithReference(rabbit).WaitFor(rabbit)
    .WithHttpHealthCheck("/health");
var accelerator = builder.AddProject<Projects.PiedmontSystem_Accelerator>(ResourceNames.Accelerator)
    .WithReference(acceleratorDb).WaitFor(acceleratorDb)
    .WithReference(rabbit).WaitFor(rabbit)
    .WithHttpHealthCheck("/health");
var internationalisation = builder.AddProject<Projects.PiedmontSystem_Internationalisation>(ResourceNames.Internationalisation)
    .WithReference(internationalisationDb).WaitFor(internationalisationDb)
    .WithReference(rabbit).WaitFor(rabbit)
    .WithHttpHealthCheck("/health");

// WithReference(project) injects services__<name>__http__0, from which the gateway builds its routes.
builder.AddProject<Projects.PiedmontSystem_Gateway>(ResourceNames.Gateway)
    .WithReference(registry).WaitFor(registry)
    .WithReference(funding).WaitFor(funding)
    .WithReference(accelerator).WaitFor(accelerator)
    .WithReference(internationalisation).WaitFor(internationalisation)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
