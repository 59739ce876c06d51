using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Storage.Imports;

namespace CoeurDeVille.Web.Portal;

/// <summary>What the territory page and dashboard show: the territory, its inventory and its latest imports.</summary>
/// <param name="Population">From the COG directory, when it could be loaded.</param>
/// <param name="HasContour">Whether the <c>territories</c> table holds a geometry (then the map is drawn).</param>
public sealed record TerritoryOverview(
    string Code,
    string Name,
    string? KindLabel,
    int? Population,
    bool HasContour,
    Inventory Inventory,
    IReadOnlyList<ImportRun> RecentImports)
{
    public InventorySummary Summary { get; } = Inventory.Summary();

    public bool IsHosted => Inventory.Datasets.Count > 0 || RecentImports.Count > 0;

    public double OpenShare => Summary.Total == 0 ? 0 : (double)Inventory.Datasets.Count(d => d.OpennessStatus == OpennessStatus.AlreadyOpen) / Summary.Total;
}
