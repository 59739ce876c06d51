namespace CoeurDeVille.Modules.Trees.Inventory;

/// <summary>Whether a tree of an inventory still stands. Removed trees are kept (history) but left out of indicators.</summary>
public enum TreeStatus
{
    InPlace,
    Removed,
}
