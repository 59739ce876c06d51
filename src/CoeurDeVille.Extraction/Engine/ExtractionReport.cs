using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Extraction.Csv;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>What a run did: where the source came from, what it read, kept and refused, and the files written.</summary>
public sealed record ExtractionReport(
    DownloadedFile Download,
    ScanStatistics Statistics,
    IReadOnlyList<ExtractionOutput> Outputs,
    IReadOnlyList<string> Warnings,
    TimeSpan Duration);
