using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace PiedmontSystem.OrganisationReplica;

public static class OrganisationReplicaExtensions
{
    /// <summary>Adds the <c>registry_organisations</c> table to a service's model.</summary>
    public static ModelBuilder AddOrganisationReplica(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ReplicatedOrganisationConfiguration());

    /// <summary>Registers the consumers that keep the copy, on queues named after the service.</summary>
    public static IBusRegistrationConfigurator AddOrganisationReplicaConsumers<TContext>(this IBusRegistrationConfigurator bus, string serviceName)
        where TContext : DbContext
    {
        bus.AddConsumer<OrganisationRegisteredConsumer<TContext>>().Endpoint(e => e.Name = $"{serviceName}-organisation-registered");
        bus.AddConsumer<OrganisationUpdatedConsumer<TContext>>().Endpoint(e => e.Name = $"{serviceName}-organisation-updated");
        return bus;
    }
}
