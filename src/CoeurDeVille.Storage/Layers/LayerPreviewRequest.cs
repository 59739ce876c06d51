namespace CoeurDeVille.Storage.Layers;

/// <summary>A table preview: optional sort column and direction, optional text filter (any property contains it), page.</summary>
public sealed record LayerPreviewRequest(string? SortColumn, bool Descending, string? Filter, long Offset, int Limit);
