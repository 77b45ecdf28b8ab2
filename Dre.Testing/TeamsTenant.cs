namespace Dre.Testing;

/// <summary>The tenant that test and benchmark Teams activities come from, and the setting that makes it the service's own.</summary>
public static class TeamsTenant
{
    public const string Id = "3c0e1d2a-0000-4000-8000-00000000c0e1";

    public const string Setting = "TeamsAccess:TenantId";
}
