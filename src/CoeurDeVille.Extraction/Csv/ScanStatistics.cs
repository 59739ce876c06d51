namespace CoeurDeVille.Extraction.Csv;

/// <summary>Counts of a scan, for the summary table and the provenance sidecar.</summary>
public sealed class ScanStatistics
{
    public const int MaxExamples = 20;

    public long RowsRead { get; set; }

    public long RowsKept { get; set; }

    public long RowsRemapped { get; set; }

    public long RowsRejected { get; set; }

    public long RowsUnknownCode { get; set; }

    public long Bytes { get; set; }

    /// <summary>The first rejected or unknown-code records, with their line numbers.</summary>
    public List<LineIssue> Examples { get; } = [];

    internal void Add(ScanStatistics other)
    {
        RowsRead += other.RowsRead;
        RowsKept += other.RowsKept;
        RowsRemapped += other.RowsRemapped;
        RowsRejected += other.RowsRejected;
        RowsUnknownCode += other.RowsUnknownCode;
    }
}
