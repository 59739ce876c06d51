namespace CoeurDeVille.Modules.Trees.Editing;

/// <summary>How a field is typed in the form (and which HTML input it gets).</summary>
public enum EditableFieldKind
{
    Text,
    Number,
    Date,
    Boolean,
    Integer,
}
