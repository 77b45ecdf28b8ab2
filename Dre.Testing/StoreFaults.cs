using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace Dre.Testing;

/// <summary>How a cut meets the request it falls on.</summary>
public enum CutKind
{
    /// <summary>The store goes away before the request reaches it: that request and every later one fail.</summary>
    Outage,

    /// <summary>The store applies the request and goes away before answering: its answer and every later request are lost.</summary>
    OutageAfterApplied,

    /// <summary>Only the answer to the request is lost, as on a dropped connection: the SDK's retry and what follows reach the store.</summary>
    LostAnswer,
}

/// <summary>
/// The HTTP transport under the table clients, which counts their requests and cuts the store at a chosen one. It fails
/// as the network does (the handler throws <see cref="HttpRequestException"/>), so the SDK retries and reports the
/// failure exactly as it would in production; nothing in the product knows it is there.
/// </summary>
public sealed partial class StoreFaults : DelegatingHandler
{
    private readonly Lock _gate = new();
    private readonly List<string> _requests = [];
    private int _cutAt = int.MaxValue;
    private CutKind _kind;

    public StoreFaults()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>The requests counted since the last <see cref="CutAt"/> or <see cref="Count"/>, as "POST /account/table".</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>
    /// Options for table clients that go through this transport. The SDK's retries stay as many as in production; only
    /// their pause is shortened, so that a test meeting a hundred cuts does not wait for each.
    /// </summary>
    public TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions { Transport = new HttpClientTransport(this) };
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        return options;
    }

    /// <summary>Counts requests from zero with the store up throughout.</summary>
    public void Count() => CutAt(int.MaxValue, CutKind.Outage);

    /// <summary>Counts requests from zero and cuts the store at the given one (the first is 1).</summary>
    public void CutAt(int request, CutKind kind)
    {
        lock (_gate)
        {
            _requests.Clear();
            _cutAt = request;
            _kind = kind;
        }
    }

    /// <summary>The store is back: every request from now on reaches it.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            _cutAt = int.MaxValue;
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var described = await DescribeAsync(request, cancellationToken);
        int number;
        int cutAt;
        CutKind kind;
        lock (_gate)
        {
            _requests.Add(described);
            number = _requests.Count;
            cutAt = _cutAt;
            kind = _kind;
        }

        if (number < cutAt || (kind == CutKind.LostAnswer && number > cutAt))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        if (number == cutAt && kind != CutKind.Outage)
        {
            using var applied = await base.SendAsync(request, cancellationToken);
        }

        throw new HttpRequestException(HttpRequestError.ConnectionError, $"The store was cut at request {cutAt} ({kind}).");
    }

    /// <summary>
    /// "GET /account/table(PartitionKey='p',RowKey='r')"; a batch, whose URL names no table, by the operations it carries,
    /// all of one table and partition as Table Storage requires: "POST $batch: 2 × PUT /account/table(PartitionKey='p')".
    /// </summary>
    private static async Task<string> DescribeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var line = $"{request.Method} {Uri.UnescapeDataString(request.RequestUri?.AbsolutePath ?? "")}";
        if (request.Content is null || !line.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return line;
        }

        var operations = BatchOperation().Matches(await request.Content.ReadAsStringAsync(cancellationToken));
        return operations.Count == 0
            ? line
            : $"POST $batch: {operations.Count} × {operations[0].Groups["method"].Value} {Uri.UnescapeDataString(operations[0].Groups["path"].Value)}";
    }

    [GeneratedRegex(@"^(?<method>PUT|MERGE|PATCH|POST|DELETE) https?://[^/\s]+(?<path>/[^(\s]+\(PartitionKey='[^']*')", RegexOptions.Multiline)]
    private static partial Regex BatchOperation();
}
