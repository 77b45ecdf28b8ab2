using System.Reflection;
using System.Text.RegularExpressions;
using Dre.Core.Storage;

namespace Dre.Infra.Tests;

/// <summary>The compiled ARM template keeps the properties that matter for security and operation.</summary>
[Collection(MainTemplateCollection.Name)]
public sealed class MainTemplateSecurityTests(CompiledMainTemplate compiled)
{
    private const string TableDataContributorRoleId = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUserRoleId = "4633458b-17de-408a-b874-0445c86b69e6";

    private ArmTemplate Template => compiled.Template;

    [Fact]
    public void StorageAccount_AcceptsOnlyEntraIdOverHttpsWithTls12()
    {
        var account = Template.Single("Microsoft.Storage/storageAccounts").Properties;

        Assert.False(account.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.True(account.GetProperty("defaultToOAuthAuthentication").GetBoolean());
        Assert.Equal("TLS1_2", account.GetProperty("minimumTlsVersion").GetString());
        Assert.True(account.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.False(account.GetProperty("allowBlobPublicAccess").GetBoolean());
    }

    [Fact]
    public void StorageAccount_PublicNetworkAccess_IsAParameter()
    {
        var account = Template.Single("Microsoft.Storage/storageAccounts").Properties;
        var parameter = Template.Parameters.GetProperty("storagePublicNetworkAccess");

        Assert.Equal("[parameters('publicNetworkAccess')]", account.GetProperty("publicNetworkAccess").GetString());
        Assert.Equal(["Enabled", "Disabled"], parameter.GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("[parameters('storagePublicNetworkAccess')]", Template.ModuleParameter("storage", "publicNetworkAccess").GetString());
    }

    [Fact]
    public void StorageTables_AreCreatedFromOneList_WithEveryServiceTable()
    {
        var tables = Template.Single("Microsoft.Storage/storageAccounts/tableServices/tables");

        // A variable, not a parameter: a parameter file cannot deploy a list other than the service's.
        Assert.False(Template.Parameters.TryGetProperty("tableNames", out _));
        // Bicep compiles loadJsonContent into a variable of its own that tableNames refers to.
        var loaded = Regex.Match(Template.Variables.GetProperty("tableNames").GetString()!, @"^\[variables\('(?<name>[^']+)'\)\]$");
        Assert.True(loaded.Success);
        var declared = Template.Variables.GetProperty(loaded.Groups["name"].Value).EnumerateArray().Select(v => v.GetString()!);
        Assert.Equal(StoreTables.Names.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
        Assert.Equal("[variables('tableNames')]", Template.ModuleParameter("storage", "tableNames").GetString());
        Assert.Equal("[length(parameters('tableNames'))]", tables.Json.GetProperty("copy").GetProperty("count").GetString());
    }

    [Fact]
    public void EveryTableNamedInTheCode_IsInTheOneList()
    {
        var named = typeof(StoreTables).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && (f.Name.EndsWith("Table", StringComparison.Ordinal) || f.Name == "TableName"))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Contains(StoreTables.BotClaimsTable, named);
        Assert.Contains(Dre.Core.Audit.AuditTrail.TableName, named);
        Assert.All(named, name => Assert.Contains(name, StoreTables.Names));
        Assert.Equal(StoreTables.Names.Count, StoreTables.Names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TableDataContributorRole_IsAssignedToServiceIdentity_OnStorageAccount()
    {
        var assignment = Template.Single("Microsoft.Authorization/roleAssignments", "storage");

        Assert.Contains(TableDataContributorRoleId, assignment.Resolved("properties.roleDefinitionId"), StringComparison.Ordinal);
        Assert.Contains("Microsoft.Storage/storageAccounts", assignment.Json.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", assignment.Properties.GetProperty("principalType").GetString());
        Assert.Equal(
            "[reference('identity').outputs.principalId.value]",
            Template.ModuleParameter("storage", "dataContributorPrincipalId").GetString());
    }

    [Fact]
    public void KeyVault_UsesRbacSoftDeleteAndPurgeProtection()
    {
        var vault = Template.Single("Microsoft.KeyVault/vaults").Properties;

        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.True(vault.GetProperty("enableSoftDelete").GetBoolean());
        Assert.True(vault.GetProperty("enablePurgeProtection").GetBoolean());
    }

    [Fact]
    public void KeyVault_StoresBotPassword_FromSecureParameter()
    {
        var secret = Secret("MicrosoftAppPassword");

        Assert.Equal("[parameters('botAppPassword')]", secret.Properties.GetProperty("value").GetString());
        Assert.Equal("securestring", Template.Parameters.GetProperty("botAppPassword").GetProperty("type").GetString());
        Assert.Equal("securestring", secret.Template.GetProperty("parameters").GetProperty("botAppPassword").GetProperty("type").GetString());
    }

    [Fact]
    public void KeyVault_StoresApiClientSecret_FromSecureParameter()
    {
        var secret = Secret("GraphClientSecret");

        Assert.Equal("[parameters('apiClientSecret')]", secret.Properties.GetProperty("value").GetString());
        Assert.Equal("securestring", Template.Parameters.GetProperty("apiClientSecret").GetProperty("type").GetString());
        Assert.Equal("securestring", secret.Template.GetProperty("parameters").GetProperty("apiClientSecret").GetProperty("type").GetString());
        Assert.Equal("[parameters('apiClientSecret')]", Template.ModuleParameter("keyVault", "apiClientSecret").GetString());
        Assert.Equal(
            "[reference(resourceId('Microsoft.KeyVault/vaults/secrets', parameters('name'), 'GraphClientSecret'), '2026-05-15').secretUri]",
            secret.Template.GetProperty("outputs").GetProperty("graphCredentialUri").GetProperty("value").GetString());
    }

    [Fact]
    public void KeyVault_HoldsOnlyTheBotAndApiSecrets()
    {
        var names = Template.OfType("Microsoft.KeyVault/vaults/secrets")
            .Select(secret => secret.Json.GetProperty("name").GetString())
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["[format('{0}/{1}', parameters('name'), 'GraphClientSecret')]", "[format('{0}/{1}', parameters('name'), 'MicrosoftAppPassword')]"],
            names);
    }

    [Fact]
    public void KeyVaultSecretsUserRole_IsAssignedToServiceIdentity_OnVault()
    {
        var assignment = Template.Single("Microsoft.Authorization/roleAssignments", "keyVault");

        Assert.Contains(KeyVaultSecretsUserRoleId, assignment.Resolved("properties.roleDefinitionId"), StringComparison.Ordinal);
        Assert.Contains("Microsoft.KeyVault/vaults", assignment.Json.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            "[reference('identity').outputs.principalId.value]",
            Template.ModuleParameter("keyVault", "readerPrincipalId").GetString());
    }

    [Fact]
    public void WebApp_IsHttpsOnlyDotNet10OnLinux_WithHealthCheckAndAlwaysOn()
    {
        var site = Template.Single("Microsoft.Web/sites").Properties;
        var config = site.GetProperty("siteConfig");

        Assert.True(site.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("DOTNETCORE|10.0", config.GetProperty("linuxFxVersion").GetString());
        Assert.Equal("/healthz", config.GetProperty("healthCheckPath").GetString());
        Assert.True(config.GetProperty("alwaysOn").GetBoolean());
        Assert.Equal("Disabled", config.GetProperty("ftpsState").GetString());
        Assert.Equal("1.2", config.GetProperty("minTlsVersion").GetString());
    }

    [Fact]
    public void AppServicePlan_IsLinux_WithSkuAndInstanceCountParameters_AllowingTwoOrMore()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms");
        var instanceCount = Template.Parameters.GetProperty("instanceCount");

        Assert.True(plan.Properties.GetProperty("reserved").GetBoolean());
        Assert.Equal("[parameters('instanceCount')]", plan.Json.GetProperty("sku").GetProperty("capacity").GetString());
        Assert.Equal("[parameters('planSku')]", plan.Json.GetProperty("sku").GetProperty("name").GetString());
        Assert.Equal("P0v3", Template.Parameters.GetProperty("appServicePlanSku").GetProperty("defaultValue").GetString());
        Assert.True(instanceCount.GetProperty("maxValue").GetInt32() >= 2);
    }

    [Fact]
    public void WebApp_RunsAsUserAssignedIdentity_AndReadsBotPasswordFromKeyVaultWithIt()
    {
        var site = Template.Single("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", site.Json.GetProperty("identity").GetProperty("type").GetString());
        Assert.Equal("[parameters('identityId')]", site.Properties.GetProperty("keyVaultReferenceIdentity").GetString());
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", AppSettings()["MicrosoftAppPassword"], StringComparison.Ordinal);
        Assert.Equal("[reference('keyVault').outputs.botCredentialUri.value]", Template.ModuleParameter("webApp", "botCredentialUri").GetString());
    }

    [Fact]
    public void WebApp_AppSettings_ConfigureGraphOnBehalfOf_WithSecretFromKeyVault()
    {
        var settings = AppSettings();

        Assert.Equal("[parameters('authTenantId')]", settings["Graph__TenantId"]);
        Assert.Equal("[parameters('apiClientId')]", settings["Graph__ClientId"]);
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('graphCredentialUri'))]", settings["Graph__ClientSecret"]);
        Assert.Equal(settings["Auth__TenantId"], settings["Graph__TenantId"]);
        Assert.Equal(settings["Auth__ClientId"], settings["Graph__ClientId"]);
        Assert.Equal("[reference('keyVault').outputs.graphCredentialUri.value]", Template.ModuleParameter("webApp", "graphCredentialUri").GetString());
        Assert.False(settings.ContainsKey("Graph__CertificatePath"), "Graph takes exactly one credential: the client secret.");
    }

    [Fact]
    public void WebApp_AppSettings_ConfigureTheServiceForProduction()
    {
        var settings = AppSettings();

        Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("SingleTenant", settings["MicrosoftAppType"]);
        Assert.Equal(settings["AZURE_CLIENT_ID"], settings["Storage__ManagedIdentityClientId"]);
        Assert.Equal("[parameters('identityClientId')]", settings["AZURE_CLIENT_ID"]);
        Assert.Equal("[format('https://{0}', parameters('hostName'))]", settings["Links__AllowedOrigins__0"]);
        // Without a base URL the cards have no "Open" buttons; with the Teams app's id they open the tab inside Teams.
        Assert.Equal("[format('https://{0}/', parameters('hostName'))]", settings["Links__AppBaseUrl"]);
        Assert.Equal("[parameters('teamsAppId')]", settings["Links__TeamsAppId"]);
        Assert.Equal("[parameters('digestMailSender')]", settings["Digest__Mail__Sender"]);
        Assert.Equal("[parameters('digestMailSender')]", Template.ModuleParameter("webApp", "digestMailSender").GetString());
        Assert.Equal("[variables('serviceHostName')]", Template.ModuleParameter("webApp", "hostName").GetString());
        Assert.Subset(
            settings.Keys.ToHashSet(),
            new HashSet<string>
            {
                "Storage__TableEndpoint", "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppPassword",
                "Auth__TenantId", "Auth__ClientId", "Auth__Audience", "Graph__TenantId", "Graph__ClientId", "Graph__ClientSecret",
                "APPLICATIONINSIGHTS_CONNECTION_STRING",
            });
        Assert.Equal(
            "[format('https://{0}.table.{1}', parameters('name'), environment().suffixes.storage)]",
            Template.Single("Microsoft.Storage/storageAccounts").Template.GetProperty("outputs")
                .GetProperty("tableEndpoint").GetProperty("value").GetString());
    }

    [Fact]
    public void ApiAudience_DefaultsToApplicationIdUriOfServiceHost()
    {
        var variables = Template.Root.GetProperty("variables");

        Assert.Equal(string.Empty, Template.Parameters.GetProperty("apiAudience").GetProperty("defaultValue").GetString());
        Assert.Equal(
            "[if(empty(parameters('apiAudience')), format('api://{0}/{1}', variables('serviceHostName'), parameters('apiClientId')), parameters('apiAudience'))]",
            variables.GetProperty("audience").GetString());
        Assert.Equal("[variables('audience')]", Template.ModuleParameter("webApp", "apiAudience").GetString());
        Assert.Equal("[format('{0}.{1}', variables('webAppName'), variables('appServiceDomain'))]", variables.GetProperty("serviceHostName").GetString());
    }

    [Fact]
    public void WebApp_AppSettings_ContainNoAccountKey()
    {
        Assert.All(AppSettings(), setting =>
            Assert.DoesNotContain("AccountKey", setting.Value, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("AccountKey", compiled.Build.StandardOutput, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listKeys(", compiled.Build.StandardOutput, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bot_IsSingleTenantAzureBot_WithTeamsChannel_AtApiMessages()
    {
        var bot = Template.Single("Microsoft.BotService/botServices");
        var channel = Template.Single("Microsoft.BotService/botServices/channels");

        Assert.Equal("azurebot", bot.Json.GetProperty("kind").GetString());
        Assert.Equal("SingleTenant", bot.Properties.GetProperty("msaAppType").GetString());
        Assert.Equal("[parameters('msaAppId')]", bot.Properties.GetProperty("msaAppId").GetString());
        Assert.Equal("[parameters('msaAppTenantId')]", bot.Properties.GetProperty("msaAppTenantId").GetString());
        Assert.Equal("[format('https://{0}/api/messages', parameters('serviceHostName'))]", bot.Properties.GetProperty("endpoint").GetString());
        Assert.Equal("[reference('webApp').outputs.hostName.value]", Template.ModuleParameter("bot", "serviceHostName").GetString());
        Assert.Equal(["F0", "S1"], Template.Parameters.GetProperty("botSku").GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString()));

        Assert.Equal("MsTeamsChannel", channel.Properties.GetProperty("channelName").GetString());
        Assert.True(channel.Properties.GetProperty("properties").GetProperty("isEnabled").GetBoolean());
    }

    [Fact]
    public void ApplicationInsights_IsWorkspaceBased()
    {
        var component = Template.Single("Microsoft.Insights/components");

        Assert.Equal("LogAnalytics", component.Properties.GetProperty("IngestionMode").GetString());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", component.Properties.GetProperty("WorkspaceResourceId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RegionalResources_TakeTheLocationParameter_DefaultingToResourceGroup()
    {
        Assert.Equal("[resourceGroup().location]", Template.Parameters.GetProperty("location").GetProperty("defaultValue").GetString());
        Assert.All(
            Template.Resources.Where(r => r.Json.TryGetProperty("location", out _)),
            resource =>
            {
                var location = resource.Json.GetProperty("location").GetString();
                Assert.True(location is "global" or "[parameters('location')]", $"{resource.Type} in {resource.Module}: {location}");
            });
    }

    [Fact]
    public void MainTemplate_Outputs_WhatManifestPackagingNeeds()
    {
        foreach (var name in new[] { "serviceHostName", "botAppId", "webAppName", "storageAccountName", "identityClientId" })
        {
            Assert.True(Template.Outputs.TryGetProperty(name, out var output), $"missing output {name}");
            Assert.Equal("string", output.GetProperty("type").GetString());
        }
    }

    private ArmResource Secret(string name) =>
        Template.OfType("Microsoft.KeyVault/vaults/secrets")
            .Single(secret => secret.Json.GetProperty("name").GetString()?.EndsWith($"'{name}')]", StringComparison.Ordinal) == true);

    private Dictionary<string, string> AppSettings() =>
        Template.Single("Microsoft.Web/sites").Properties.GetProperty("siteConfig").GetProperty("appSettings")
            .EnumerateArray()
            .ToDictionary(
                setting => setting.GetProperty("name").GetString() ?? string.Empty,
                setting => setting.GetProperty("value").GetString() ?? string.Empty);
}
