using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.PartnerHub.Infrastructure.Broker;

/// <summary>
/// RabbitMQ (its management API or AMQP) did not do what the hub asked: 503 <c>broker-unavailable</c>.
/// Whatever the request would have changed was not recorded (or was undone at the broker).
/// </summary>
public sealed class BrokerUnavailableException(string detail, Exception? inner = null)
    : DomainRuleException(ProblemCode, "The message broker is unavailable", detail, StatusCodes.Status503ServiceUnavailable)
{
    public const string ProblemCode = "broker-unavailable";

    public Exception? Cause { get; } = inner;
}
