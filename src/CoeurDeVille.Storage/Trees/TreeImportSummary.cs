namespace CoeurDeVille.Storage.Trees;

/// <summary>What an import did: trees created, updated (a new version each), unchanged, and kept though absent from the file.</summary>
public sealed record TreeImportSummary(int Created, int Updated, int Unchanged, int NotInFile, TimeSpan Duration)
{
    /// <summary>The territory's trees as stored by the import, in tree id order: publication reuses them rather than reading them back.</summary>
    public IReadOnlyList<StoredTree> Trees { get; init; } = [];

    /// <summary>The territory's latest version id once the import is written (see <see cref="TreeStore.StampAsync"/>), read in its transaction.</summary>
    public long? Stamp { get; init; }
}
