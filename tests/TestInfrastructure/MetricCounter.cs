using System.Diagnostics.Metrics;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>Sums what an in-process counter records while it is alive (e.g. duplicates the inbox ignored).</summary>
public sealed class MetricCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _total;

    public MetricCounter(string meterName, string instrumentName, string? consumer = null)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (consumer is null || tags.ToArray().Any(t => t.Key == "consumer" && (string?)t.Value == consumer))
            {
                Interlocked.Add(ref _total, value);
            }
        });
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public void Dispose() => _listener.Dispose();
}
