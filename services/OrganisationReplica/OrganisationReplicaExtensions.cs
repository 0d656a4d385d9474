using MassTransit;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.OrganisationReplica;

public static class OrganisationReplicaExtensions
{
    /// <summary>Adds the <c>registry_organisations</c> table to a service's model.</summary>
    public static ModelBuilder AddOrganisationReplica(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ReplicatedOrganisationConfiguration());

    /// <summary>Adds the <c>registry_memberships</c> table, for a service that also needs cluster memberships.</summary>
    public static ModelBuilder AddMembershipReplica(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ReplicatedMembershipConfiguration());

    /// <summary>Registers the consumers that keep the copy of memberships, one queue per membership event.</summary>
    public static IBusRegistrationConfigurator AddMembershipReplicaConsumers<TContext>(this IBusRegistrationConfigurator bus, string serviceName)
        where TContext : DbContext
    {
        Add<MembershipRequested>("membership-requested");
        Add<MembershipApproved>("membership-approved");
        Add<MembershipRejected>("membership-rejected");
        Add<MembershipSuspended>("membership-suspended");
        Add<MembershipReinstated>("membership-reinstated");
        Add<MembershipEnded>("membership-ended");
        return bus;

        void Add<TEvent>(string queue) where TEvent : class, IMembershipEvent =>
            bus.AddConsumer<MembershipEventConsumer<TEvent, TContext>>().Endpoint(e => e.Name = $"{serviceName}-{queue}");
    }

    /// <summary>Registers the consumers that keep the copy, on queues named after the service.</summary>
    public static IBusRegistrationConfigurator AddOrganisationReplicaConsumers<TContext>(this IBusRegistrationConfigurator bus, string serviceName)
        where TContext : DbContext
    {
        bus.AddConsumer<OrganisationRegisteredConsumer<TContext>>().Endpoint(e => e.Name = $"{serviceName}-organisation-registered");
        bus.AddConsumer<OrganisationUpdatedConsumer<TContext>>().Endpoint(e => e.Name = $"{serviceName}-organisation-updated");
        return bus;
    }
}
