namespace CoeurDeVille.Extraction.Writers;

/// <summary>A temporary file beside a final path, renamed over it on commit and deleted otherwise.</summary>
public sealed class AtomicFile : IDisposable
{
    private bool _committed;

    public AtomicFile(string finalPath)
    {
        FinalPath = Path.GetFullPath(finalPath);
        var folder = Path.GetDirectoryName(FinalPath)!;
        Directory.CreateDirectory(folder);
        TemporaryPath = Path.Combine(folder, $".{Path.GetFileName(FinalPath)}.{Guid.NewGuid():N}.tmp");
    }

    public string FinalPath { get; }

    public string TemporaryPath { get; }

    public void Commit()
    {
        File.Move(TemporaryPath, FinalPath, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && File.Exists(TemporaryPath))
        {
            File.Delete(TemporaryPath);
        }
    }
}
