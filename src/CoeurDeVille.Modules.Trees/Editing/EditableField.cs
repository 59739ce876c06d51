namespace CoeurDeVille.Modules.Trees.Editing;

/// <summary>One schema-arbre field as the edit form and the history show it: its schema name, French label, kind and stored property.</summary>
public sealed record EditableField(string Name, string Label, EditableFieldKind Kind, string Property);
