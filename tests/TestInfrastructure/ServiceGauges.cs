using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>One measurement of a gauge: its value and tags.</summary>
public sealed record GaugeReading(double Value, IReadOnlyDictionary<string, object?> Tags);

/// <summary>
/// Reads, now, the observable gauges a service reports through its own meters (those of its
/// <see cref="IMeterFactory"/>), not those of the other services running in the test process.
/// </summary>
public static class ServiceGauges
{
    public static IReadOnlyList<GaugeReading> Read(IServiceProvider services, string meterName, string instrumentName)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        var readings = new List<GaugeReading>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Meter.Name == meterName && instrument.Name == instrumentName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => readings.Add(new GaugeReading(value, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => readings.Add(new GaugeReading(value, ToDictionary(tags))));
        listener.Start();
        listener.RecordObservableInstruments();
        return readings;
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var dictionary = new Dictionary<string, object?>();
        foreach (var (key, value) in tags)
        {
            dictionary[key] = value;
        }
        return dictionary;
    }
}
