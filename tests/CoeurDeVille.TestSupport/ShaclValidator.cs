using System.Diagnostics;

namespace CoeurDeVille.TestSupport;

/// <summary>Runs the npm SHACL validator of tools/shacl (rdf-validate-shacl) on a file, offline.</summary>
public static class ShaclValidator
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shapes(string file) =>
        SharedData.PathOf("standards", "dcat", "shacl-dcat-ap-3.0.1", file);

    /// <summary>Exit code (0 conforms, 1 violations, 2 unreadable) and the validator's output.</summary>
    public static async Task<(int ExitCode, string Output)> Validate(string dataPath, params string[] shapes)
    {
        var tool = Path.Combine(RepositoryRoot, "tools", "shacl");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "rdf-validate-shacl")))
        {
            throw new InvalidOperationException(
                $"Le validateur SHACL n'est pas installé ({tool}/node_modules manque) : lancer `npm ci --prefix tools/shacl` à la racine du dépôt.");
        }
        foreach (var shape in shapes)
        {
            if (!File.Exists(shape))
            {
                throw new FileNotFoundException($"Formes SHACL introuvables : {shape}", shape);
            }
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot };
        start.ArgumentList.Add(Path.Combine(tool, "validate.mjs"));
        start.ArgumentList.Add(dataPath);
        foreach (var shape in shapes)
        {
            start.ArgumentList.Add(shape);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node n'a pas démarré.");
        using var timeout = new CancellationTokenSource();
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoeurDeVille.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CoeurDeVille.slnx introuvable au-dessus de {AppContext.BaseDirectory}.");
    }
}
