namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// Identifies a layer: the territory that owns it and the dataset id of that territory's inventory
/// (same ids as <see cref="Inventories.DatasetRecord"/>).
/// </summary>
public readonly record struct LayerKey(string TerritoryCode, string DatasetId)
{
    /// <summary>The public collection id, <c>{territoryCode}-{datasetId}</c>.</summary>
    public string CollectionId => TerritoryCode + "-" + DatasetId;

    /// <summary>Reads a collection id; territory codes (INSEE, SIREN) hold no hyphen, dataset ids may.</summary>
    public static bool TryParseCollectionId(string? collectionId, out LayerKey key)
    {
        key = default;
        if (string.IsNullOrEmpty(collectionId))
        {
            return false;
        }

        var dash = collectionId.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash == collectionId.Length - 1)
        {
            return false;
        }

        key = new LayerKey(collectionId[..dash], collectionId[(dash + 1)..]);
        return true;
    }

    public override string ToString() => CollectionId;
}
