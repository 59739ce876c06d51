namespace CoeurDeVille.Web.Extractor.Refresh;

/// <summary>What changed between two versions of an extraction, with a few example rows.</summary>
public sealed record RowDiffResult(long Rows, long Added, long Removed, long Changed, IReadOnlyList<RowChange> Sample);
