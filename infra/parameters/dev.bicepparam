// Development environment: one small instance, locally redundant storage, free bot tier.
// The app registration ids and the client secrets (bot, API) come from the environment of the shell
// that runs the deployment (see docs/deploy.md); nothing secret is kept in this file.
using '../main.bicep'

param environmentName = 'dev'
param storageSku = 'Standard_LRS'
param storagePublicNetworkAccess = 'Enabled'
param appServicePlanSku = 'P0v3'
param instanceCount = 1
param botSku = 'F0'
param botDisplayName = 'DRE Collab (dev)'
param botAppId = readEnvironmentVariable('DRE_BOT_APP_ID')
param teamsAppId = readEnvironmentVariable('DRE_APP_ID', '')
param botAppPassword = readEnvironmentVariable('DRE_BOT_APP_PASSWORD')
param apiClientId = readEnvironmentVariable('DRE_API_CLIENT_ID')
param apiClientSecret = readEnvironmentVariable('DRE_API_CLIENT_SECRET')
param logRetentionInDays = 30
