using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Editing;

/// <summary>A version of a tree with what it changed against the previous one.</summary>
public sealed record TreeHistoryEntry(TreeVersion Version, IReadOnlyList<TreeChange> Changes);
