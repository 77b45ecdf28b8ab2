using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Dre.Core.Telemetry;

/// <summary>The service's own measurements, next to what ASP.NET Core and the HTTP client report by themselves.</summary>
public sealed class DreMetrics : IDisposable
{
    public const string MeterName = "Dre.Collab";
    private readonly Meter _meter;
    private readonly Histogram<double> _storeDuration;
    private readonly Counter<long> _contactsLogged;

    public DreMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _storeDuration = _meter.CreateHistogram<double>("dre.store.operation.duration", "ms", "Time of one store operation, all its table round trips included.");
        _contactsLogged = _meter.CreateCounter<long>("dre.contacts.logged", description: "Contacts logged, new or merged into an existing one.");
    }

    public Meter Meter => _meter;

    public void ContactLogged(string source, bool merged) =>
        _contactsLogged.Add(1, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("merged", merged));

    /// <summary>Times a store operation: <c>using (metrics.TimeStore("add")) { ... }</c>.</summary>
    public StoreTimer TimeStore(string operation) => new(_storeDuration, operation, Stopwatch.GetTimestamp());

    public void Dispose() => _meter.Dispose();

    public readonly struct StoreTimer(Histogram<double> histogram, string operation, long started) : IDisposable
    {
        public void Dispose() =>
            histogram.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("operation", operation));
    }
}
