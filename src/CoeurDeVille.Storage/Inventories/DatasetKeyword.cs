namespace CoeurDeVille.Storage.Inventories;

/// <summary>One keyword of a stored dataset, in its original order.</summary>
public sealed class DatasetKeyword
{
    public required string InventoryTerritoryCode { get; set; }

    public required string DatasetId { get; set; }

    public int Position { get; set; }

    public required string Value { get; set; }
}
