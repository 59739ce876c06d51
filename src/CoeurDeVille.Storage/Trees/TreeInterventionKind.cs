namespace CoeurDeVille.Storage.Trees;

/// <summary>Kinds of work on a tree.</summary>
public enum TreeInterventionKind
{
    Pruning,
    Felling,
    Planting,
}
