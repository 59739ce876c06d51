namespace CoeurDeVille.Storage.Trees;

/// <summary>What an import did: trees created, updated (a new version each), unchanged, and kept though absent from the file.</summary>
public sealed record TreeImportSummary(int Created, int Updated, int Unchanged, int NotInFile, TimeSpan Duration);
