using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Inventories;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Web.Catalogue;

/// <summary>Read side of the catalogue: territories' inventories as stored, always filtered by territory.</summary>
public sealed class CatalogueReader(IDbContextFactory<CdvDbContext> contexts, InventoryStore store)
{
    public Task<Inventory> InventoryAsync(string territoryCode, CancellationToken cancellationToken) =>
        store.LoadAsync(territoryCode, cancellationToken);

    /// <summary>Codes of the territories that have an inventory, in code order.</summary>
    public async Task<IReadOnlyList<string>> TerritoryCodesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codes = await db.Datasets.AsNoTracking().Select(d => d.InventoryTerritoryCode).Distinct().ToListAsync(cancellationToken);
        codes.Sort(StringComparer.Ordinal);
        return codes;
    }

    /// <summary>Every territory's inventory, in code order.</summary>
    public async Task<IReadOnlyList<Inventory>> AllInventoriesAsync(CancellationToken cancellationToken)
    {
        var inventories = new List<Inventory>();
        foreach (var code in await TerritoryCodesAsync(cancellationToken))
        {
            inventories.Add(await store.LoadAsync(code, cancellationToken));
        }

        return inventories;
    }
}
