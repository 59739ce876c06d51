namespace CoeurDeVille.Core.Catalogue;

/// <summary>The data inventory of one territory: its datasets, identifiers unique.</summary>
public sealed class Inventory
{
    public Inventory(string territoryCode, IEnumerable<Dataset> datasets)
    {
        TerritoryCode = territoryCode;
        Datasets = datasets.ToList();
        var duplicate = Datasets.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Identifiant de jeu de données en double dans l'inventaire : « {duplicate.Key} ».", nameof(datasets));
        }
    }

    /// <summary>INSEE code of the commune or SIREN of the EPCI whose inventory this is.</summary>
    public string TerritoryCode { get; }

    public IReadOnlyList<Dataset> Datasets { get; }

    public InventorySummary Summary() => InventorySummary.Of(Datasets);
}
