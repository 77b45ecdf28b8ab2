namespace Dre.Testing;

public static class RepositoryRoot
{
    /// <summary>The folder that holds Dre.Collab.sln, found from wherever the tests run.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dre.Collab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dre.Collab.sln not found above " + AppContext.BaseDirectory);
    }
}
