using System.Collections.Frozen;
using System.Reflection;
using MassTransit;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.Messaging;

/// <summary>
/// Maps the stable message URN of each contract (its <see cref="MessageUrnAttribute"/>) to its CLR
/// type, so that an outbox row written by one build is published correctly by another.
/// </summary>
public static class IntegrationEventTypes
{
    private static readonly FrozenDictionary<string, Type> ByUrn = Discover(typeof(IIntegrationEvent).Assembly);

    public static string UrnOf(Type type) => MessageUrn.ForTypeString(type);

    public static bool TryResolve(string urn, out Type type) => ByUrn.TryGetValue(urn, out type!);

    public static IReadOnlyCollection<Type> All => ByUrn.Values;

    private static FrozenDictionary<string, Type> Discover(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
            .ToFrozenDictionary(UrnOf);
}
