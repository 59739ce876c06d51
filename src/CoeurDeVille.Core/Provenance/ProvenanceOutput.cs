namespace CoeurDeVille.Core.Provenance;

/// <summary>The output file a provenance record describes.</summary>
public sealed class ProvenanceOutput
{
    public string File { get; set; } = "";
    public string Format { get; set; } = "";
    public long Bytes { get; set; }
    public string Sha256 { get; set; } = "";
    public int? Crs { get; set; }
}
