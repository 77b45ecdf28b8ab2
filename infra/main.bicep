metadata description = 'DRE Collab: the service (Linux web app, .NET 10), its Table Storage, identity, Key Vault, Azure Bot with the Teams channel, and monitoring.'

targetScope = 'resourceGroup'

@description('Azure region of the regional resources (the bot itself is global).')
param location string = resourceGroup().location

@description('Short environment name, part of every resource name.')
@allowed([
  'dev'
  'test'
  'prod'
])
param environmentName string

@description('Base of the resource names.')
@minLength(2)
@maxLength(12)
param baseName string = 'dre-collab'

// The one list of tables: the service embeds the same file and creates these at start (Dre.Infra.Tests compares).
var tableNames string[] = loadJsonContent('../Dre.Core/Storage/tables.json')

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Whether the storage account is reachable from public networks. Disabled needs a private endpoint and VNet integration of the web app, which this template does not create.')
@allowed([
  'Enabled'
  'Disabled'
])
param storagePublicNetworkAccess string = 'Enabled'

@description('SKU of the App Service plan (Premium v3 or higher for production).')
param appServicePlanSku string = 'P0v3'

@description('Number of instances of the service. The service is stateless: two or more are safe.')
@minValue(1)
@maxValue(30)
param instanceCount int = 2

@description('Pricing tier of the Azure Bot.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Display name of the bot.')
param botDisplayName string = 'DRE Collab'

@description('Client id of the bot\'s single-tenant app registration (MicrosoftAppId).')
@minLength(36)
@maxLength(36)
param botAppId string

@description('The app\'s id in Teams and Outlook (the manifest\'s id, manifest/package.sh --app-id): card buttons open the workspace tab inside Teams. Empty: in a browser.')
param teamsAppId string = ''

@description('Entra ID tenant of the bot\'s app registration (MicrosoftAppTenantId).')
param botTenantId string = tenant().tenantId

@description('Client secret of the bot\'s app registration, stored in Key Vault as MicrosoftAppPassword.')
@secure()
@minLength(1)
param botAppPassword string

@description('Entra ID tenant that issues tokens for the API (Auth:TenantId).')
param authTenantId string = tenant().tenantId

@description('Client id of the API and add-in app registration (Auth:ClientId).')
@minLength(36)
@maxLength(36)
param apiClientId string

@description('Client secret of the API app registration, for the on-behalf-of exchange with Microsoft Graph; stored in Key Vault as GraphClientSecret.')
@secure()
@minLength(1)
param apiClientSecret string

@description('Audience the API accepts (Auth:Audience): the Application ID URI of the API app registration. Empty: api://<service host>/<apiClientId>.')
param apiAudience string = ''

@description('Mailbox the digest e-mail is sent from (Digest:Mail:Sender), through Graph with the application permission Mail.Send. Empty: the digest goes to Teams only.')
param digestMailSender string = ''

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Days a deleted Key Vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('Tags applied to every resource.')
param tags object = {
  application: 'DRE Collab'
  environment: environmentName
}

var suffix = uniqueString(resourceGroup().id)
var compactBase = toLower(replace(baseName, '-', ''))
var webAppName = '${baseName}-${environmentName}-${suffix}'

// The web app's default host name follows from its name; settings that need it do not wait for the app.
var appServiceDomain = 'azurewebsites.net'
var serviceHostName = '${webAppName}.${appServiceDomain}'
var audience = empty(apiAudience) ? 'api://${serviceHostName}/${apiClientId}' : apiAudience

var names = {
  identity: 'id-${baseName}-${environmentName}'
  storage: take('st${compactBase}${environmentName}${suffix}', 24)
  keyVault: take('kv-${compactBase}-${environmentName}-${suffix}', 24)
  workspace: 'log-${baseName}-${environmentName}'
  appInsights: 'appi-${baseName}-${environmentName}'
  plan: 'asp-${baseName}-${environmentName}'
  webApp: webAppName
  bot: 'bot-${baseName}-${environmentName}-${suffix}'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: names.identity
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: names.storage
    skuName: storageSku
    publicNetworkAccess: storagePublicNetworkAccess
    tableNames: tableNames
    dataContributorPrincipalId: identity.outputs.principalId
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: names.keyVault
    tenantId: tenant().tenantId
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
    botAppPassword: botAppPassword
    apiClientSecret: apiClientSecret
    readerPrincipalId: identity.outputs.principalId
    tags: tags
  }
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    planName: names.plan
    webAppName: names.webApp
    planSku: appServicePlanSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tableEndpoint: storage.outputs.tableEndpoint
    botCredentialUri: keyVault.outputs.botCredentialUri
    graphCredentialUri: keyVault.outputs.graphCredentialUri
    botAppId: botAppId
    teamsAppId: teamsAppId
    botTenantId: botTenantId
    authTenantId: authTenantId
    apiClientId: apiClientId
    hostName: serviceHostName
    apiAudience: audience
    appInsightsConnectionString: monitoring.outputs.connectionString
    digestMailSender: digestMailSender
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    skuName: botSku
    msaAppId: botAppId
    msaAppTenantId: botTenantId
    serviceHostName: webApp.outputs.hostName
    tags: tags
  }
}

@description('Host name of the service, for the app manifest (validDomains, bot and add-in URLs).')
output serviceHostName string = webApp.outputs.hostName

@description('Client id of the bot\'s app registration, for the app manifest (bots[].botId).')
output botAppId string = botAppId

@description('Client id of the API and add-in app registration, for the app manifest (webApplicationInfo.id).')
output apiClientId string = apiClientId

@description('Audience (Application ID URI) the API accepts, for the app manifest (webApplicationInfo.resource).')
output apiAudience string = audience

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('Name of the storage account.')
output storageAccountName string = storage.outputs.name

@description('Table service endpoint of the storage account.')
output tableEndpoint string = storage.outputs.tableEndpoint

@description('Client id of the service\'s user-assigned managed identity.')
output identityClientId string = identity.outputs.clientId

@description('Name of the Key Vault holding the bot and API client secrets.')
output keyVaultName string = keyVault.outputs.name

@description('Name of the Azure Bot resource.')
output botName string = bot.outputs.name
