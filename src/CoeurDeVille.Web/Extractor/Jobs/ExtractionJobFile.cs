namespace CoeurDeVille.Web.Extractor.Jobs;

/// <summary>A file a finished job offers: the output, its provenance sidecar or its licence notice.</summary>
/// <param name="Kind">donnees, provenance or licence.</param>
public sealed record ExtractionJobFile(string Name, string Kind, long Bytes);
