namespace Dre.Infra.Tests;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFileName = "Dre.Collab.sln";

    /// <summary>The folder that holds the solution file.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The folder of the Bicep templates.</summary>
    public static string Infra => Path.Combine(Root, "infra");

    /// <summary>The main template.</summary>
    public static string MainTemplate => Path.Combine(Infra, "main.bicep");

    /// <summary>The parameters file of one environment.</summary>
    public static string ParametersFile(string environmentName) =>
        Path.Combine(Infra, "parameters", environmentName + ".bicepparam");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFileName} in {AppContext.BaseDirectory} or any folder above it.");
    }
}
