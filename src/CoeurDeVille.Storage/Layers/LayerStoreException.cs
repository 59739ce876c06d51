namespace CoeurDeVille.Storage.Layers;

/// <summary>A layer could not be stored; the message (French) says why, nothing was written.</summary>
public sealed class LayerStoreException : Exception
{
    public LayerStoreException()
    {
    }

    public LayerStoreException(string message)
        : base(message)
    {
    }

    public LayerStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
