using CoeurDeVille.Core.Catalogue;

namespace CoeurDeVille.Storage.Inventories;

/// <summary>One distribution (file or API) of a stored dataset, in its original order.</summary>
public sealed class DatasetDistribution
{
    public required string InventoryTerritoryCode { get; set; }

    public required string DatasetId { get; set; }

    public int Position { get; set; }

    public required string Format { get; set; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public Distribution ToDistribution() => new(Format, Url, Title);
}
