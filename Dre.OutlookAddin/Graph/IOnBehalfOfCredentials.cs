using Azure.Core;

namespace Dre.OutlookAddin.Graph;

/// <summary>Turns the caller's token for this API into a credential that gets Graph tokens on their behalf.</summary>
public interface IOnBehalfOfCredentials
{
    TokenCredential For(string userAccessToken);
}
