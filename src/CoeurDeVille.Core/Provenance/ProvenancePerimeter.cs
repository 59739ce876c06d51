namespace CoeurDeVille.Core.Provenance;

/// <summary>The perimeter an output was cut to.</summary>
public sealed class ProvenancePerimeter
{
    public string Id { get; set; } = "";
    public string Label { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Code { get; set; } = "";
    public int Communes { get; set; }
    public double BufferMetres { get; set; }
    public string TerritoryVintage { get; set; } = "COG 2026 (@etalab/decoupage-administratif)";
}
