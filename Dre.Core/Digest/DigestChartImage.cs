using Dre.Core.Localization;

namespace Dre.Core.Digest;

public static class DigestChartImage
{
    /// <summary>The chart inline, as Teams shows images in cards without fetching anything from the service.</summary>
    public static string DataUri(WeeklyDigest digest, Texts texts) => "data:image/png;base64," + Convert.ToBase64String(DigestChart.RenderPng(digest.Chart, texts));
}
