using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Import;

/// <summary>
/// The outcome of an import, all or nothing: either every row became a tree and <see cref="Errors"/> is empty, or
/// <see cref="Trees"/> is empty and the errors say which rows were rejected and why.
/// </summary>
public sealed record TreeImportResult
{
    public required string File { get; init; }

    /// <summary>Data rows read (header excluded).</summary>
    public int RowCount { get; init; }

    public IReadOnlyList<TreeRecord> Trees { get; init; } = [];

    /// <summary>The first errors (at most <see cref="TreeInventoryImporter.MaxErrors"/>).</summary>
    public IReadOnlyList<TreeImportError> Errors { get; init; } = [];

    /// <summary>All errors found, including those beyond the list.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Source lines with at least one error, in file order.</summary>
    public IReadOnlyList<long> RejectedLines { get; init; } = [];

    /// <summary>Species codes the code table does not know, with their number of rows: the genus is left empty, never guessed.</summary>
    public IReadOnlyDictionary<string, int> UnknownTaxonCodes { get; init; } = new Dictionary<string, int>();

    public bool Succeeded => ErrorCount == 0;

    public int RemovedCount => Trees.Count(t => t.Status == TreeStatus.Removed);
}
