namespace CoeurDeVille.Storage.Layers;

/// <summary>One property of a layer's schema.</summary>
public sealed record LayerColumn(string Name, LayerColumnType Type);
