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
    private readonly Counter<long> _messagesSent;
    private readonly Counter<long> _messagesDeferred;
    private readonly Counter<long> _digestsSent;

    public DreMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _storeDuration = _meter.CreateHistogram<double>("dre.store.operation.duration", "ms", "Time of one store operation, all its table round trips included.");
        _contactsLogged = _meter.CreateCounter<long>("dre.contacts.logged", description: "Contacts logged, new or merged into an existing one.");
        _messagesSent = _meter.CreateCounter<long>("dre.teams.messages.sent", description: "Proactive Teams messages that went out: channel summaries (posted or updated) and coordination alerts.");
        _messagesDeferred = _meter.CreateCounter<long>("dre.outbox.deferred", description: "Outbox rows put back for a later attempt, by reason (throttled, transient, store).");
        _digestsSent = _meter.CreateCounter<long>("dre.digests.sent", description: "Digests delivered, by frequency.");
    }

    public Meter Meter => _meter;

    public void ContactLogged(string source, bool merged) =>
        _contactsLogged.Add(1, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("merged", merged));

    public void MessageSent(string kind) => _messagesSent.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void OutboxDeferred(string reason) => _messagesDeferred.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void DigestSent(string frequency) => _digestsSent.Add(1, new KeyValuePair<string, object?>("frequency", frequency));

    /// <summary>Times a store operation: <c>using (metrics.TimeStore("add")) { ... }</c>.</summary>
    public StoreTimer TimeStore(string operation) => new(_storeDuration, operation, Stopwatch.GetTimestamp());

    public void Dispose() => _meter.Dispose();

    public readonly struct StoreTimer(Histogram<double> histogram, string operation, long started) : IDisposable
    {
        public void Dispose() =>
            histogram.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("operation", operation));
    }
}
