namespace CoeurDeVille.Storage.Trees;

/// <summary>Why a tree version was written.</summary>
public enum TreeChangeKind
{
    Created,
    Imported,
    Edited,
    Intervention,
}
