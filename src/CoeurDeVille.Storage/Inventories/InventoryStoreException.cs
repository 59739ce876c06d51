namespace CoeurDeVille.Storage.Inventories;

/// <summary>An inventory could not be saved; nothing of it was written. The message is in French.</summary>
public sealed class InventoryStoreException : Exception
{
    public InventoryStoreException()
    {
    }

    public InventoryStoreException(string message)
        : base(message)
    {
    }

    public InventoryStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
