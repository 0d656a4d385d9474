using System.Reflection;
using MassTransit;
using MassTransit.RabbitMqTransport;
using MassTransit.Transports;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client.Exceptions;

namespace PiedmontSystem.Messaging;

/// <summary>
/// How soon consumers come back after a broker outage. MassTransit's RabbitMQ host restarts a
/// receive endpoint whose connection failed with a back-off growing from 3 s to 30 s that never
/// resets for the life of the process, so after an outage consumers resumed 16-30 s after the
/// broker. This replaces that policy, before the bus starts, with the same exceptions and a
/// bounded back-off (0.5 s doubling to <see cref="MaxInterval"/>, plus MassTransit's 1 s pause),
/// so an endpoint tries again at least every 3 s and resumes within 5 s of the broker's return.
/// </summary>
/// <remarks>
/// MassTransit 8.5 exposes no setting for this policy (its host configuration holds it in a
/// read-only property), hence the reflection. If an upgrade renames the field, the service
/// refuses to start rather than silently going back to 30 s, and the broker-return test fails.
/// Registered before MassTransit's own hosted service, so it runs first.
/// </remarks>
internal sealed class BrokerReconnection(IEnumerable<IBusInstance> buses) : IHostedService
{
    public static readonly TimeSpan MaxInterval = TimeSpan.FromSeconds(2);

    private const string PolicyField = "<ReceiveTransportRetryPolicy>k__BackingField";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var bus in buses)
        {
            var configuration = bus.HostConfiguration;
            var field = FindField(configuration.GetType())
                ?? throw new InvalidOperationException($"{configuration.GetType().FullName} has no {PolicyField}: MassTransit changed; revisit {nameof(BrokerReconnection)}.");
            field.SetValue(configuration, CreatePolicy());
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static FieldInfo? FindField(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            var field = type.GetField(PolicyField, BindingFlags.Instance | BindingFlags.NonPublic);
            if (field is not null && field.FieldType == typeof(IRetryPolicy))
            {
                return field;
            }
        }
        return null;
    }

    /// <summary>MassTransit's own list of connection failures, with a short bounded back-off and no limit.</summary>
    private static IRetryPolicy CreatePolicy() => Retry.CreatePolicy(retry =>
    {
        retry.Handle<ConnectionException>();
        retry.Handle<AlreadyClosedException>();
        retry.Handle<EndOfStreamException>();
        retry.Handle<OperationInterruptedException>(exception => exception.ChannelShouldBeClosed());
        retry.Handle<NotSupportedException>(exception => exception.Message.Contains("Pipelining of requests forbidden", StringComparison.Ordinal));
        retry.Ignore<AuthenticationFailureException>();
        retry.Exponential(int.MaxValue, TimeSpan.FromMilliseconds(500), MaxInterval, TimeSpan.FromMilliseconds(500));
    });
}
