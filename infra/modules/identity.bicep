metadata description = 'User-assigned managed identity the web app uses for Table Storage and Key Vault.'

@description('Azure region of the identity.')
param location string

@description('Name of the identity.')
param name string

@description('Tags applied to every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Client (application) id of the identity.')
output clientId string = identity.properties.clientId

@description('Object id of the identity\'s service principal.')
output principalId string = identity.properties.principalId
