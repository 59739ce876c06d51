namespace CoeurDeVille.Modules.Trees.Import.Assistant;

/// <summary>A column of an uploaded file: its name, the first non-empty value, and the schema-arbre field proposed for it (null: ignored).</summary>
public sealed record ColumnSample(string Name, string? Sample, string? SuggestedField);
