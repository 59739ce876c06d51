using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>One written file: its perimeter, rows, checksum and provenance sidecar.</summary>
public sealed record ExtractionOutput(Perimeter Perimeter, string Path, long Rows, long Remapped, long Bytes, string Sha256, string ProvenancePath);
