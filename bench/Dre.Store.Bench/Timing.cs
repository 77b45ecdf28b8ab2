namespace Dre.Store.Bench;

/// <summary>The durations of one operation's timed runs, in milliseconds, and their order statistics.</summary>
internal sealed class Timing(IReadOnlyList<double> samples)
{
    private readonly double[] _sorted = [.. samples.Order()];

    public int Count => _sorted.Length;
    public double Median => Percentile(0.50);
    public double P95 => Percentile(0.95);
    public double Min => _sorted[0];
    public double Max => _sorted[^1];

    /// <summary>Nearest rank: a duration one of the runs actually took, never an interpolation between two.</summary>
    private double Percentile(double p) => _sorted[Math.Max(0, (int)Math.Ceiling(p * _sorted.Length) - 1)];
}
