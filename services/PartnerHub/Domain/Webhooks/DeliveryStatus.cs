namespace PiedmontSystem.PartnerHub.Domain.Webhooks;

public enum DeliveryStatus
{
    /// <summary>Not yet answered with 2xx; tried again at its next attempt.</summary>
    Pending,

    /// <summary>The endpoint answered 2xx.</summary>
    Delivered,

    /// <summary>Retried for the whole retry period without success; replay sends it again.</summary>
    Failed,
}
