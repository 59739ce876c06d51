using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Import;

/// <summary>A source row turned into the 26 cells of schema-arbre, before schema validation.</summary>
internal sealed record MappedRow(long Line, string[] Cells, TreeStatus Status, string? StatusLabel, string? UnknownCode);
