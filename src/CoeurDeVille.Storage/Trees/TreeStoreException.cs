namespace CoeurDeVille.Storage.Trees;

/// <summary>A tree inventory change refused, with a French message saying why; nothing was stored.</summary>
public sealed class TreeStoreException(string message, Exception? inner = null) : Exception(message, inner);
