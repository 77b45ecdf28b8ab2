using Dre.Core.Briefings;
using Dre.Core.Contacts;
using Dre.Core.Localization;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dre.Store.Bench;

/// <summary>
/// The run: a directory of 200 partners, a small history and the status read on it, the full history, then the status
/// read, the contact log write, a week's read and that week's digest on the full history, each next to its raw table
/// operations.
/// </summary>
internal sealed class StoreBench(BenchOptions options, IServiceProvider services, RoundTripCounter counter, TextWriter output)
{
    private static readonly UserContext Reader = new("bench-reader@coe.int", "Bench Reader", "bench-reader@coe.int", new HashSet<Role> { Role.Staff });
    private static readonly UserContext Officer = new("bench-officer@coe.int", "Bench Officer", "bench-officer@coe.int", new HashSet<Role> { Role.Staff, Role.DreOfficer });

    private readonly StoreTables _tables = services.GetRequiredService<StoreTables>();
    private readonly TimeProvider _time = services.GetRequiredService<TimeProvider>();
    private readonly ContactService _contacts = services.GetRequiredService<ContactService>();
    private readonly IContactStore _store = services.GetRequiredService<IContactStore>();
    private readonly PartnerStatusService _status = services.GetRequiredService<PartnerStatusService>();
    private readonly DigestBuilder _digest = services.GetRequiredService<DigestBuilder>();
    private readonly DigestSlotReader _slotReader = services.GetRequiredService<DigestSlotReader>();
    private readonly DigestSlotCache _slotCache = services.GetRequiredService<DigestSlotCache>();
    private readonly DigestOptions _digestOptions = services.GetRequiredService<IOptions<DigestOptions>>().Value;
    private readonly Harness _harness = new(options.WarmUp, options.Iterations, counter);

    public async Task<IReadOnlyList<Comparison>> RunAsync(CancellationToken cancellationToken = default)
    {
        var raw = new RawOperations(_tables, _time);
        var seed = PartnerDirectorySeed.Load();
        var history = SyntheticHistory.Create(options.Contacts, seed, _time.GetUtcNow());
        await services.GetRequiredService<TablePartnerDirectory>().SeedAsync([.. seed, .. history.AddedPartners], cancellationToken);
        output.WriteLine($"Directory: {seed.Count} seed partners + {history.AddedPartners.Count} synthetic = {SyntheticHistory.PartnerCount}.");

        var results = new List<Comparison>();
        var small = history.Contacts.Take(BenchOptions.SmallHistory).ToList();
        Report(await BulkLoad.WriteAsync(_tables, small, options.LoadParallelism, cancellationToken));
        results.AddRange(await StatusAsync(history, small.Count, raw, cancellationToken));

        var rest = history.Contacts.Skip(small.Count).ToList();
        Report(await BulkLoad.WriteAsync(_tables, rest, options.LoadParallelism, cancellationToken));
        var stored = history.Contacts.Count;
        results.AddRange(await StatusAsync(history, stored, raw, cancellationToken));

        // The raw side logs a contact of its own each time: both sides insert, neither finds the other's contact.
        var logged = 0;
        foreach (var (label, wide) in new[] { ("contact log write, 1 partner", false), ("contact log write, 2 partners and 2 follow-ups", true) })
        {
            results.Add(await _harness.CompareAsync(
                label, stored,
                ct => _contacts.LogAsync(Draft(history, ++logged, wide), Logger, ct),
                "insert, then 1 transaction per index partition at once: the least the data needs",
                ct => raw.LogContactAsync(ContactFactory.Create(Draft(history, ++logged, wide), Logger, _time.GetUtcNow(), _ => true), ct),
                cancellationToken));
        }

        var (from, to) = history.PastWeek;
        results.Add(await _harness.CompareAsync(
            $"week's list ({ContactService.MaxListed} max)", stored,
            ct => _contacts.ListAsync(null, from, to, Reader, ContactService.MaxListed, ct),
            $"ContactsByWeek partition range query, first {ContactService.MaxListed} rows",
            ct => raw.PeriodRowsAsync(from, to, ContactService.MaxListed, ct),
            cancellationToken));

        var weekRows = await raw.PeriodRowsAsync(from, to, int.MaxValue, cancellationToken);
        results.Add(await _harness.CompareAsync(
            $"week's rows, all {weekRows}", stored,
            ct => _store.ListByPeriodAsync(from, to, ct).CountAsync(ct).AsTask(),
            "ContactsByWeek partition range query, every row",
            ct => raw.PeriodRowsAsync(from, to, int.MaxValue, ct),
            cancellationToken));

        results.AddRange(await DigestAsync(history, stored, raw, cancellationToken));
        results.Add(await BriefingPassAsync(history, stored, raw, cancellationToken));
        return results;
    }

    /// <summary>
    /// One minute tick of the briefing sender at 16:00 Paris time on the Friday of the week read above, when Monday's
    /// contacts come due: the due contacts as the sender reads them, next to the raw read of the contacts between then
    /// and Tuesday 00:00, the least a pass could read.
    /// </summary>
    private async Task<Comparison> BriefingPassAsync(SyntheticHistory history, int stored, RawOperations raw, CancellationToken cancellationToken)
    {
        var friday = ParisTime.Today(history.PastWeek.From).AddDays(4);
        var at = ParisTime.At(friday, new TimeOnly(16, 0));
        var until = ParisTime.StartOf(friday.AddDays(4));
        var options = new BriefingOptions();
        var due = await DueBriefings.ListAsync(_store, at, options, cancellationToken).CountAsync(cancellationToken);
        var rows = await raw.PeriodRowsAsync(at, until, int.MaxValue, cancellationToken);
        output.WriteLine($"Briefing pass at {at:yyyy-MM-dd HH:mm zzz}: {due:N0} contacts due; {rows:N0} contacts start before Tuesday.");
        return await _harness.CompareAsync(
            $"briefing pass, due contacts ({due:N0})", stored,
            ct => DueBriefings.ListAsync(_store, at, options, ct).CountAsync(ct).AsTask(),
            "ContactsByWeek range query from the pass's instant to Tuesday 00:00",
            ct => raw.PeriodRowsAsync(at, until, int.MaxValue, ct),
            cancellationToken);
    }

    /// <summary>
    /// The digest of the week read above, as a DRE officer (restricted contacts included) and as staff: read from the
    /// store (the slot's read, then the reader's filter) and from the slot cache, next to the raw read of that week's
    /// rows, the one read of the build that grows with the week. The slot's read also covers the chart's and the quiet
    /// partners' weeks (narrow columns), the next period and the overdue follow-ups, which have no raw counterpart here.
    /// </summary>
    private async Task<IEnumerable<Comparison>> DigestAsync(SyntheticHistory history, int stored, RawOperations raw, CancellationToken cancellationToken)
    {
        // The Monday 08:00 slot that closes the week. Its period is that week in Paris time, an hour or two earlier than
        // the UTC week read above and so over two week partitions; the raw side reads exactly that period.
        var schedule = DigestSchedule.From(_digestOptions, DigestFrequency.Weekly);
        var slot = schedule.NextAfter(history.PastWeek.To) ?? throw new InvalidOperationException("The weekly schedule has no slot.");
        var (from, to) = schedule.PeriodOf(slot);
        var rows = await raw.PeriodRowsAsync(from, to, int.MaxValue, cancellationToken);
        await SubscribersAsync(schedule, slot, cancellationToken);

        // What one build holds, so that its time can be judged against what it had to gather.
        var digest = await _digest.BuildAsync(schedule, slot, Reader, cancellationToken);
        var sections = digest.Portfolios;
        output.WriteLine(
            $"Digest {from:yyyy-MM-dd HH:mm zzz} to {to:yyyy-MM-dd HH:mm zzz}, as staff: {rows:N0} contacts, " +
            $"{sections.Sum(p => p.Partners.Count)} active partners, {sections.Sum(p => p.Planned.Count)} planned, {sections.Sum(p => p.NewFollowUps.Count)} new and " +
            $"{sections.Sum(p => p.OverdueFollowUps.Count)} overdue follow-ups, {sections.Sum(p => p.Overlaps.Count)} overlaps, {sections.Sum(p => p.QuietPartners.Count)} quiet partners, " +
            $"{digest.Chart.Count} chart weeks ({digest.Chart.Sum(w => w.Contacts.Values.Sum()):N0} contacts).");

        var results = new List<Comparison>();
        var rawDescription = $"the digest's week only: ContactsByWeek range queries over its {TableKeys.Weeks(from, to).Count()} partitions, every row";
        foreach (var (label, reader) in new[] { ("DRE officer", Officer), ("staff", Reader) })
        {
            results.Add(await _harness.CompareAsync(
                $"weekly digest build, {label} ({rows:N0} contacts in the week)", stored,
                async ct => _digest.For(schedule, await _slotReader.ReadAsync(schedule, slot, ct), reader),
                rawDescription,
                ct => raw.PeriodRowsAsync(from, to, int.MaxValue, ct),
                cancellationToken));
        }

        results.Add(await _harness.CompareAsync(
            $"weekly digest from the slot cache, staff ({rows:N0} contacts in the week)", stored,
            ct => _digest.BuildAsync(schedule, slot, Reader, ct),
            rawDescription,
            ct => raw.PeriodRowsAsync(from, to, int.MaxValue, ct),
            cancellationToken));
        return results;
    }

    /// <summary>
    /// One run of the slot for 20 subscribers of whom 5 are DRE officers, each staff member in the audience of nothing:
    /// how many times the slot is read from the store, and what the run costs in round trips (claims included).
    /// </summary>
    private async Task SubscribersAsync(DigestSchedule schedule, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var recipients = Enumerable.Range(0, 20).Select(i =>
        {
            var reader = i < 5 ? Officer with { UserId = $"officer-{i}" } : Reader with { UserId = $"staff-{i}" };
            return new DigestRecipient(DigestRoute.TeamsChat, $"{reader.UserId}-{Guid.NewGuid():N}", reader.UserId, DigestFrequency.Weekly, reader);
        }).ToList();
        var runner = new DigestRunner(
            _tables, _digest, new BenchRecipients(recipients), new DiscardingDelivery(), _time,
            services.GetRequiredService<Dre.Core.Telemetry.DreMetrics>(), services.GetRequiredService<ILogger<DigestRunner>>());
        var reads = _slotCache.Reads;
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        var trips = await counter.CountAsync(ct => runner.RunSlotAsync(schedule, slot, ct), cancellationToken);
        output.WriteLine(
            $"Slot run, 20 subscribers (5 DRE officers, 15 staff): {_slotCache.Reads - reads} slot read(s) from the store, " +
            $"{elapsed.Elapsed.TotalMilliseconds:N0} ms, {trips} round trips, each subscriber's claim included.");
    }

    private static UserContext Logger => new("bench-logger@coe.int", "Bench Logger", "bench-logger@coe.int", new HashSet<Role> { Role.Staff });

    private async Task<IEnumerable<Comparison>> StatusAsync(SyntheticHistory history, int stored, RawOperations raw, CancellationToken cancellationToken)
    {
        var results = new List<Comparison>();
        foreach (var (label, partnerId) in new[] { ("busiest", history.BusiestPartner), ("median", history.MedianPartner) })
        {
            results.Add(await _harness.CompareAsync(
                $"status read, {label} partner", stored,
                ct => _status.GetAsync(partnerId, Reader, ct),
                "3 partition queries, default pages",
                ct => raw.StatusQueriesAsync(partnerId, null, null, ct),
                cancellationToken));
        }

        // The workspace tab's partner page asks for the status and the partner's last 500 contacts at once (the
        // directory comes from memory): measured against the status read alone, of the same partner.
        results.Add(await _harness.CompareAsync(
            "partner page calls (busiest)", stored,
            ct => Task.WhenAll(_status.GetAsync(history.BusiestPartner, Reader, ct), _contacts.ListAsync(history.BusiestPartner, null, null, Reader, ContactService.MaxListed, ct)),
            "the status read alone (store), same partner",
            ct => _status.GetAsync(history.BusiestPartner, Reader, ct),
            cancellationToken));

        // What the same three queries cost when each asks only for the rows it uses.
        results.Add(await _harness.CompareAsync(
            "raw status queries, default pages (busiest)", stored,
            ct => raw.StatusQueriesAsync(history.BusiestPartner, null, null, ct),
            $"same, pages of {PartnerStatusService.LatestCount} / {PartnerStatusService.FollowUpCount} rows",
            ct => raw.StatusQueriesAsync(history.BusiestPartner, PartnerStatusService.LatestCount, PartnerStatusService.FollowUpCount, ct),
            cancellationToken));
        return results;
    }

    /// <summary>
    /// A new contact in the second week after the one read: past the digest's read of the next week too, so that the reads
    /// see the history alone.
    /// </summary>
    /// <param name="wide">Two partners and two follow-ups with owners and due dates: more index partitions, the same round trips.</param>
    private static ContactDraft Draft(SyntheticHistory history, int n, bool wide) => new()
    {
        Kind = ContactKind.Meeting,
        Start = history.PastWeek.To.AddDays(7).AddHours(9 + (n % 8)),
        End = history.PastWeek.To.AddDays(7).AddHours(10 + (n % 8)),
        PartnerIds = wide ? [history.MedianPartner, history.PartnersByShare[1]] : [history.MedianPartner],
        CoeParticipants = [new CoeParticipant("Bench Logger", "bench-logger@coe.int", "DRE")],
        FollowUps = wide
            ? [new FollowUpDraft("Send the minutes", "bench-logger@coe.int", "Bench Logger", DateOnly.FromDateTime(history.PastWeek.To.UtcDateTime).AddDays(14)),
               new FollowUpDraft("Propose a date", "bench-colleague@coe.int", "Bench Colleague", DateOnly.FromDateTime(history.PastWeek.To.UtcDateTime).AddDays(21))]
            : [],
        Subject = $"Benchmark meeting {n}",
        Summary = "Reviewed the joint programme and agreed the next steps.",
        Topics = ["Co-operation programmes"],
        Source = ContactSource.Api,
    };

    private void Report(LoadReport load) =>
        output.WriteLine($"Loaded {load.Contacts:N0} contacts ({load.ContactRows:N0} Contacts rows, {load.IndexRows:N0} index rows) in {load.Elapsed.TotalSeconds:N1} s: {load.ContactsPerSecond:N0} contacts/s.");
}
