namespace CoeurDeVille.Core.Provenance;

/// <summary>Row counts of a run: read and rejected are for the whole source, kept and remapped for this perimeter.</summary>
public sealed class ProvenanceCounts
{
    public long Read { get; set; }
    public long Kept { get; set; }

    /// <summary>Kept rows whose code was a former commune or a municipal arrondissement, counted for today's commune.</summary>
    public long Remapped { get; set; }
    public long Rejected { get; set; }
    public long UnknownCode { get; set; }
}
