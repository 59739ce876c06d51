using CoeurDeVille.Extraction.Csv;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>What one reading pass produced, before the provenance sidecars are written.</summary>
internal sealed record RunResult(
    ScanStatistics Statistics, long[] Rows, long[] Remapped, string Filter, int? Crs, IReadOnlyList<string> Warnings);
