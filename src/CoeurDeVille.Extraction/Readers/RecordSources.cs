using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Sources;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>Opens the record source that fits a source's declared format.</summary>
internal static class RecordSources
{
    public static IRecordSource Open(string path, SourceDescriptor source) =>
        throw new NotSupportedException($"Format « {source.Format} » pas encore pris en charge ({path}).");
}
