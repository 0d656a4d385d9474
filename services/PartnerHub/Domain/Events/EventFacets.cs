using System.Text.Json;

namespace PiedmontSystem.PartnerHub.Domain.Events;

/// <summary>
/// What subscription filters look at in an event: the clusters, calls and priority systems it names,
/// read from the field names the contracts use for them (docs/events.md).
/// </summary>
public sealed record EventFacets(IReadOnlyList<string> ClusterCodes, IReadOnlyList<string> CallCodes, IReadOnlyList<string> PrioritySystems)
{
    public static readonly EventFacets None = new([], [], []);

    private static readonly string[] ClusterFields = ["clusterCode", "clusterCodes", "endorsingClusterCode"];
    private static readonly string[] CallFields = ["callCode"];
    private static readonly string[] PriorityFields = ["prioritySystem", "prioritySystems", "eligiblePrioritySystems"];

    /// <summary>Reads the facets of an event's data (the envelope's <c>message</c>).</summary>
    public static EventFacets Of(string webhookType, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return None;
        }
        var clusters = Strings(data, ClusterFields);
        var calls = Strings(data, CallFields);
        // A cluster's own event names it by `code`, a call's by `code` too.
        if (webhookType.StartsWith("registry.cluster-", StringComparison.Ordinal))
        {
            clusters = [.. clusters, .. Strings(data, ["code"])];
        }
        if (webhookType.StartsWith("funding.call-", StringComparison.Ordinal))
        {
            calls = [.. calls, .. Strings(data, ["code"])];
        }
        return new EventFacets(clusters, calls, Strings(data, PriorityFields));
    }

    private static List<string> Strings(JsonElement data, string[] fields)
    {
        var values = new List<string>();
        foreach (var field in fields)
        {
            if (!data.TryGetProperty(field, out var value))
            {
                continue;
            }
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } single)
            {
                values.Add(single);
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                values.AddRange(value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Where(v => v.Length > 0));
            }
        }
        return values;
    }
}
