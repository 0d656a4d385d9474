using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit.Context;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.Messaging.Envelope;

namespace PiedmontSystem.AsyncApi.Tests;

/// <summary>
/// Instances of the contracts built by the tests, independently of the document's examples, and
/// the bytes the bus sends for them: the outbox's JSON and back, as the dispatcher does, then the
/// bus's own serializer (<see cref="IntegrationEventSerializer"/>) with the headers the dispatcher sets.
/// </summary>
internal static class ContractInstances
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Every field set to a value that is not its type's default: lists of two, nullable fields too.</summary>
    public static object Filled(Type type) => Create(type, nulls: false);

    /// <summary>Every nullable field null (nullable lists too), every list empty.</summary>
    public static object WithNulls(Type type) => Create(type, nulls: true);

    /// <summary>The body the bus sends for <paramref name="message"/>, through the outbox and the bus's serializer.</summary>
    public static JsonNode Envelope(object message)
    {
        var type = message.GetType();
        // OutboxExtensions.AddIntegrationEvent and OutboxDispatcher.PublishAsync: stored as web JSON, read back.
        var stored = JsonSerializer.Serialize(message, type, JsonSerializerOptions.Web);
        var published = JsonSerializer.Deserialize(stored, type, JsonSerializerOptions.Web)!;
        var send = typeof(ContractInstances).GetMethod(nameof(Send), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        var bytes = (byte[])send.Invoke(null, [published])!;
        return JsonNode.Parse(bytes)!;
    }

    /// <summary>The webhook body of an event: the partner hub's type, time and the envelope's <c>message</c>.</summary>
    public static JsonNode Webhook(CatalogueEntry entry, JsonNode envelope) => new JsonObject
    {
        ["type"] = entry.WebhookType,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["data"] = envelope["message"]!.DeepClone(),
    };

    private static byte[] Send<T>(T message) where T : class
    {
        var context = new MessageSendContext<T>(message) { MessageId = Guid.NewGuid() };
        context.Headers.Set("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        context.Headers.Set("tracestate", "piedmont=1");
        context.Headers.Set("piedmont-correlation-id", "asyncapi-test");
        // MassTransit's own header: the envelope leaves it out.
        context.Headers.Set("MT-Activity-Id", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        return new IntegrationEventSerializer().GetMessageBody(context).GetBytes();
    }

    private static object Create(Type type, bool nulls)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => nulls && IsNullable(p) ? null : ValueOf(p.ParameterType, p.Name!, nulls))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    private static bool IsNullable(ParameterInfo parameter) => Nullability.Create(parameter).WriteState == NullabilityState.Nullable;

    private static object ValueOf(Type declared, string name, bool nulls)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var elementType = type.GetGenericArguments()[0];
            var list = Array.CreateInstance(elementType, nulls ? 0 : 2);
            for (var i = 0; i < list.Length; i++)
            {
                list.SetValue(ValueOf(elementType, $"{name}{i}", nulls), i);
            }
            return list;
        }
        return type switch
        {
            // Not ASCII, quotes: what the encoder escapes.
            _ when type == typeof(string) => $"{name}: Città \"metropolitana\" → Torino",
            _ when type == typeof(Guid) => Guid.NewGuid(),
            _ when type == typeof(int) => 7,
            _ when type == typeof(bool) => true,
            _ when type == typeof(decimal) => -48500.505m,
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2027, 3, 31, 23, 59, 59, 999, TimeSpan.FromHours(2)),
            _ when type == typeof(DateOnly) => new DateOnly(2027, 2, 28),
            _ when type.IsClass && type.Namespace == "PiedmontSystem.Contracts" => Create(type, nulls),
            _ => throw new InvalidOperationException($"The test builds no {type.Name} ({name}): add it to {nameof(ContractInstances)}."),
        };
    }
}
