metadata description = 'Azure Bot (single-tenant) with the Microsoft Teams channel, pointing at the service\'s /api/messages.'

@description('Name of the bot resource.')
param name string

@description('Display name of the bot.')
param displayName string

@description('Pricing tier of the bot: F0 (free, standard channels such as Teams are not metered) or S1.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('Client id of the bot\'s single-tenant app registration.')
param msaAppId string

@description('Entra ID tenant of the bot\'s app registration.')
param msaAppTenantId string

@description('Host name of the web app that serves /api/messages.')
param serviceHostName string

@description('Tags applied to every resource.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${serviceHostName}/api/messages'
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    msaAppType: 'SingleTenant'
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('Name of the bot resource.')
output name string = bot.name

@description('Messaging endpoint of the bot.')
output endpoint string = bot.properties.endpoint
