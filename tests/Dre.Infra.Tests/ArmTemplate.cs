using System.Text.Json;

namespace Dre.Infra.Tests;

/// <summary>One resource of a compiled ARM template, with the module (nested deployment) and template it belongs to.</summary>
internal sealed record ArmResource(string Module, string Type, JsonElement Json, JsonElement Template)
{
    /// <summary>The resource's properties object.</summary>
    public JsonElement Properties => Json.GetProperty("properties");

    /// <summary>
    /// A string property (dotted path under the resource) with the template's <c>variables('name')</c>
    /// replaced by their literal values, so that assertions can read role ids and the like.
    /// </summary>
    public string Resolved(string path)
    {
        var value = path.Split('.').Aggregate(Json, (element, name) => element.GetProperty(name)).GetString() ?? string.Empty;
        if (Template.TryGetProperty("variables", out var variables))
        {
            foreach (var variable in variables.EnumerateObject().Where(v => v.Value.ValueKind == JsonValueKind.String))
            {
                value = value.Replace($"variables('{variable.Name}')", $"'{variable.Value.GetString()}'", StringComparison.Ordinal);
            }
        }

        return value;
    }
}

/// <summary>Reads a compiled ARM template: resources of every nested deployment, parameters, outputs.</summary>
internal sealed class ArmTemplate
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    public ArmTemplate(JsonElement root)
    {
        Root = root;
        Resources = [.. Flatten(root, module: "main")];
    }

    public JsonElement Root { get; }

    /// <summary>Every resource, the nested deployments' own resources included.</summary>
    public IReadOnlyList<ArmResource> Resources { get; }

    /// <summary>The resources of one type, in every module.</summary>
    public IReadOnlyList<ArmResource> OfType(string type) =>
        [.. Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The one resource of a type; fails when there are none or several.</summary>
    public ArmResource Single(string type)
    {
        var matches = OfType(type);
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one {type}, found {matches.Count}.");
    }

    /// <summary>The value the main template passes to a module parameter (a literal or an expression).</summary>
    public JsonElement ModuleParameter(string module, string parameter) =>
        OfType(DeploymentType)
            .Single(deployment => deployment.Json.GetProperty("name").GetString() == module)
            .Properties.GetProperty("parameters").GetProperty(parameter).GetProperty("value");

    /// <summary>The one resource of a type in one module.</summary>
    public ArmResource Single(string type, string module)
    {
        var matches = OfType(type).Where(resource => resource.Module == module).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one {type} in {module}, found {matches.Count}.");
    }

    /// <summary>The parameters of the main template.</summary>
    public JsonElement Parameters => Root.GetProperty("parameters");

    public JsonElement Variables => Root.GetProperty("variables");

    /// <summary>The outputs of the main template.</summary>
    public JsonElement Outputs => Root.GetProperty("outputs");

    private static IEnumerable<ArmResource> Flatten(JsonElement template, string module)
    {
        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name; older ones in an array.
        var resources = template.GetProperty("resources");
        var items = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(property => property.Value)
            : resources.EnumerateArray();

        foreach (var resource in items)
        {
            var type = resource.GetProperty("type").GetString() ?? string.Empty;
            yield return new ArmResource(module, type, resource, template);

            if (string.Equals(type, DeploymentType, StringComparison.OrdinalIgnoreCase))
            {
                var name = resource.GetProperty("name").GetString() ?? string.Empty;
                foreach (var nested in Flatten(resource.GetProperty("properties").GetProperty("template"), name))
                {
                    yield return nested;
                }
            }
        }
    }
}
