metadata description = 'App Service plan and Linux web app (.NET 10) for the service, running as the user-assigned identity.'

@description('Azure region of the plan and the app.')
param location string

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (globally unique: it makes the host name).')
param webAppName string

@description('Default host name of the web app (<webAppName>.azurewebsites.net), for settings that need it before the app exists.')
param hostName string

@description('SKU of the App Service plan.')
param planSku string

@description('Number of instances of the plan.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Table service endpoint of the storage account.')
param tableEndpoint string

@description('Versionless URI of the Key Vault secret holding the bot\'s client secret.')
param botCredentialUri string

@description('Versionless URI of the Key Vault secret holding the API\'s client secret (on-behalf-of flow with Microsoft Graph).')
param graphCredentialUri string

@description('Client id of the bot\'s app registration.')
param botAppId string

@description('The app\'s id in Teams (the manifest\'s id): card buttons then open the workspace tab inside Teams. Empty: they open it in a browser.')
param teamsAppId string

@description('Entra ID tenant of the bot\'s app registration.')
param botTenantId string

@description('Entra ID tenant that issues tokens for the API.')
param authTenantId string

@description('Client id of the API\'s app registration.')
param apiClientId string

@description('Audience the API accepts in access tokens.')
param apiAudience string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Mailbox the digest e-mail is sent from; empty: Teams only.')
param digestMailSender string

@description('Tags applied to every resource.')
param tags object

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      remoteDebuggingEnabled: false
      appSettings: [
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
        {
          name: 'Storage__TableEndpoint'
          value: tableEndpoint
        }
        {
          name: 'Storage__ManagedIdentityClientId'
          value: identityClientId
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppId'
          value: botAppId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: botTenantId
        }
        {
          name: 'MicrosoftAppPassword'
          value: '@Microsoft.KeyVault(SecretUri=${botCredentialUri})'
        }
        {
          name: 'Auth__TenantId'
          value: authTenantId
        }
        {
          name: 'Auth__ClientId'
          value: apiClientId
        }
        {
          name: 'Auth__Audience'
          value: apiAudience
        }
        {
          name: 'Graph__TenantId'
          value: authTenantId
        }
        {
          name: 'Graph__ClientId'
          value: apiClientId
        }
        {
          name: 'Graph__ClientSecret'
          value: '@Microsoft.KeyVault(SecretUri=${graphCredentialUri})'
        }
        {
          // The bot's roles: the app roles assigned in Entra ID on the API's registration (docs/deploy.md).
          name: 'Roles__AppRoleAssignments'
          value: 'true'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          name: 'Links__AllowedOrigins__0'
          value: 'https://${hostName}'
        }
        {
          // Where the cards' "Open" buttons lead: the workspace tab's pages, under /app/.
          name: 'Links__AppBaseUrl'
          value: 'https://${hostName}/'
        }
        {
          name: 'Links__TeamsAppId'
          value: teamsAppId
        }
        {
          name: 'Digest__Mail__Sender'
          value: digestMailSender
        }
      ]
    }
  }
}

// Deployments sign in with Entra ID (az webapp deploy does); no FTP or Kudu basic-auth credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the web app.')
output name string = site.name

@description('Default host name of the web app.')
output hostName string = site.properties.defaultHostName
