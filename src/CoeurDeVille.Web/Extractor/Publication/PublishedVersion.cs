namespace CoeurDeVille.Web.Extractor.Publication;

/// <summary>What a publication or refresh did for one territory: the dataset and its new version, or null when nothing changed.</summary>
public sealed record PublishedVersion(string TerritoryCode, string DatasetId, int? Version, long Rows, long Added, long Removed, long Changed);
