using CoeurDeVille.Core.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Inventories;

/// <summary>
/// Creates or replaces one dataset of an inventory inside the caller's transaction: a replaced dataset keeps its
/// position, a new one goes last. Other datasets of the inventory are untouched.
/// </summary>
internal static class DatasetUpsert
{
    public static async Task ApplyAsync(CdvDbContext db, string territoryCode, Dataset dataset, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(dataset.Id) || string.IsNullOrWhiteSpace(dataset.Title))
        {
            throw new InventoryStoreException($"Jeu de données sans identifiant ou sans titre pour le territoire {territoryCode} : rien n'a été enregistré.");
        }

        var existing = await db.Datasets
            .Where(d => d.InventoryTerritoryCode == territoryCode && d.DatasetId == dataset.Id)
            .Select(d => (int?)d.Position)
            .FirstOrDefaultAsync(cancellationToken);
        int position;
        if (existing is { } kept)
        {
            await db.DatasetKeywords.Where(k => k.InventoryTerritoryCode == territoryCode && k.DatasetId == dataset.Id).ExecuteDeleteAsync(cancellationToken);
            await db.DatasetDistributions.Where(k => k.InventoryTerritoryCode == territoryCode && k.DatasetId == dataset.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Datasets.Where(d => d.InventoryTerritoryCode == territoryCode && d.DatasetId == dataset.Id).ExecuteDeleteAsync(cancellationToken);
            position = kept;
        }
        else
        {
            position = (await db.Datasets.Where(d => d.InventoryTerritoryCode == territoryCode).MaxAsync(d => (int?)d.Position, cancellationToken) ?? -1) + 1;
        }

        db.Datasets.Add(DatasetRecord.From(territoryCode, position, dataset));
        await db.SaveChangesAsync(cancellationToken);
    }
}
