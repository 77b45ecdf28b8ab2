namespace Dre.Core.Digest;

public enum DigestFrequency
{
    Weekly,
    Daily,
}
