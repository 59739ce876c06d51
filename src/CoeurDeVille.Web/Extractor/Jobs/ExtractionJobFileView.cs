namespace CoeurDeVille.Web.Extractor.Jobs;

/// <summary>A job's file in the API: name, kind (donnees, provenance, licence), size and download URL.</summary>
public sealed record ExtractionJobFileView(string Nom, string Type, long Octets, string Url);
