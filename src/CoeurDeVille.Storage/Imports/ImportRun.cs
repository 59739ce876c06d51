namespace CoeurDeVille.Storage.Imports;

/// <summary>
/// One import into the base, kept whether it succeeded or not: what was imported, for which territory, when, how
/// many rows were written and the validation report.
/// </summary>
public sealed class ImportRun
{
    public long Id { get; set; }

    /// <summary>What was imported: <see cref="InventoryKind"/> for a data inventory, a module's layer name otherwise.</summary>
    public required string Kind { get; set; }

    public required string TerritoryCode { get; set; }

    /// <summary>Where the data came from (a file name, a URL), when known.</summary>
    public string? Source { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    /// <summary>Rows written (datasets for an inventory); 0 when the import failed.</summary>
    public int Rows { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>Whether the rows went through PostgreSQL's binary COPY rather than batched inserts.</summary>
    public bool BulkCopy { get; set; }

    /// <summary>The validation report, and for a failed import the reason it failed (French text).</summary>
    public string? ValidationReport { get; set; }

    /// <summary>The <see cref="Kind"/> of a data inventory import.</summary>
    public const string InventoryKind = "inventaire";
}
