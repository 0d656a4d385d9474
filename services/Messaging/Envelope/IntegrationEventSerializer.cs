using System.Net.Mime;
using System.Text;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.Messaging.Envelope;

/// <summary>
/// The bus's serializer: integration events go out in <see cref="IntegrationEventEnvelope"/>,
/// anything else (MassTransit's own fault notices) in MassTransit's default envelope. Same
/// content type as MassTransit's JSON, so its deserializer reads both.
/// </summary>
internal sealed class IntegrationEventSerializer : IMessageSerializer
{
    public ContentType ContentType => SystemTextJsonMessageSerializer.JsonContentType;

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class =>
        context.Message is IIntegrationEvent
            ? new EnvelopeBody(() => IntegrationEventEnvelope.From(context))
            : SystemTextJsonMessageSerializer.Instance.GetMessageBody(context);

    /// <summary>Serialized when the transport first asks, after every header (the trace context included) is set.</summary>
    private sealed class EnvelopeBody(Func<IntegrationEventEnvelope> envelope) : MessageBody
    {
        private byte[]? _bytes;

        public long? Length => _bytes?.Length;

        public Stream GetStream() => new MemoryStream(GetBytes(), writable: false);

        public byte[] GetBytes() => _bytes ??= JsonSerializer.SerializeToUtf8Bytes(envelope(), SystemTextJsonMessageSerializer.Options);

        public string GetString() => Encoding.UTF8.GetString(GetBytes());
    }
}

/// <summary>Registers <see cref="IntegrationEventSerializer"/> in place of MassTransit's JSON serializer (same content type).</summary>
internal sealed class IntegrationEventSerializerFactory : ISerializerFactory
{
    public ContentType ContentType => SystemTextJsonMessageSerializer.JsonContentType;

    public IMessageSerializer CreateSerializer() => new IntegrationEventSerializer();

    public IMessageDeserializer CreateDeserializer() => SystemTextJsonMessageSerializer.Instance;
}
