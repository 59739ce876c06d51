namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>Writes export rows to a temporary file that only <see cref="Complete"/> renames to its final name.</summary>
internal interface IExportWriter : IDisposable
{
    void Write(ExportRow row);

    void Complete();
}
