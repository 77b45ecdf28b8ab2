metadata description = 'Key Vault (RBAC authorization, soft delete, purge protection) holding the bot\'s and the API\'s client secrets, readable by the service identity.'

@description('Azure region of the vault.')
param location string

@description('Name of the vault (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Entra ID tenant of the vault.')
param tenantId string

@description('Days a deleted vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Client secret of the bot\'s app registration.')
@secure()
param botAppPassword string

@description('Client secret of the API\'s app registration, for the on-behalf-of exchange with Microsoft Graph.')
@secure()
param apiClientSecret string

@description('Object id of the service principal that gets Key Vault Secrets User on the vault.')
param readerPrincipalId string

@description('Tags applied to every resource.')
param tags object

@description('Built-in role: Key Vault Secrets User.')
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: botAppPassword
    contentType: 'Client secret of the bot app registration'
  }
}

resource graphClientSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'GraphClientSecret'
  properties: {
    value: apiClientSecret
    contentType: 'Client secret of the API app registration'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('Versionless URI of the bot credential in the vault, so that the web app picks up a rotated value.')
output botCredentialUri string = botPassword.properties.secretUri

@description('Versionless URI of the API\'s client secret in the vault (Graph:ClientSecret), so that the web app picks up a rotated value.')
output graphCredentialUri string = graphClientSecret.properties.secretUri
