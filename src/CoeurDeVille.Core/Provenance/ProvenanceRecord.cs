namespace CoeurDeVille.Core.Provenance;

/// <summary>
/// What an extraction output is made of, written beside it as <c>FILE.provenance.json</c>: where the data
/// came from and under which licence, for which perimeter, what the run did to it, and the output's checksum.
/// </summary>
public sealed class ProvenanceRecord
{
    public string Tool { get; set; } = "Cœur de Ville Data (cdv)";

    public string ToolVersion { get; set; } = "";

    public DateTimeOffset GeneratedAt { get; set; }

    public ProvenanceSource Source { get; set; } = new();

    public ProvenancePerimeter Perimeter { get; set; } = new();

    /// <summary>code (column and level), xy (columns and CRS) or geometry.</summary>
    public string Filter { get; set; } = "";

    public ProvenanceCounts Counts { get; set; } = new();

    public ProvenanceOutput Output { get; set; } = new();

    /// <summary>The licence notice to keep with the file (share-alike terms carried over).</summary>
    public string Notice { get; set; } = "";
}
