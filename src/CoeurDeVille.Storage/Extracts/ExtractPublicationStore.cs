using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Storage.Inventories;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Extracts;

/// <summary>
/// Published extractions: the catalogue dataset, its refresh definition and its versions, always written together
/// in one transaction so the catalogue never shows a version whose row is missing (or the reverse).
/// </summary>
public sealed class ExtractPublicationStore(IDbContextFactory<CdvDbContext> contexts)
{
    /// <summary>
    /// Creates or replaces the dataset, its definition, and adds <paramref name="version"/> with the next number
    /// (1 for a first publication). Returns the number given.
    /// </summary>
    public async Task<int> PublishAsync(Dataset dataset, PublishedExtraction definition, DatasetVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(version);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await NextNumberAsync(db, definition.InventoryTerritoryCode, definition.DatasetId, cancellationToken);
        version.Number = number;
        definition.CurrentVersion = number;
        await DatasetUpsert.ApplyAsync(db, definition.InventoryTerritoryCode, dataset, cancellationToken);
        await db.Set<PublishedExtraction>()
            .Where(p => p.InventoryTerritoryCode == definition.InventoryTerritoryCode && p.DatasetId == definition.DatasetId)
            .ExecuteDeleteAsync(cancellationToken);
        db.Add(definition);
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return number;
    }

    /// <summary>
    /// Records a check that made no new version: the source had not changed, or changed without changing this
    /// territory's rows (then <paramref name="sourceSha256"/> is its new checksum).
    /// </summary>
    public async Task MarkCheckedAsync(string territoryCode, string datasetId, DateTimeOffset at, string? sourceSha256 = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var definition = await db.Set<PublishedExtraction>()
            .FirstOrDefaultAsync(p => p.InventoryTerritoryCode == territoryCode && p.DatasetId == datasetId, cancellationToken);
        if (definition is null)
        {
            return;
        }

        definition.LastCheckedAt = at;
        definition.SourceSha256 = sourceSha256 ?? definition.SourceSha256;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PublishedExtraction>> DefinitionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Set<PublishedExtraction>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. all.OrderBy(p => p.InventoryTerritoryCode, StringComparer.Ordinal).ThenBy(p => p.DatasetId, StringComparer.Ordinal)];
    }

    public async Task<PublishedExtraction?> DefinitionAsync(string territoryCode, string datasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PublishedExtraction>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.InventoryTerritoryCode == territoryCode && p.DatasetId == datasetId, cancellationToken);
    }

    /// <summary>Versions of a dataset, newest first.</summary>
    public async Task<IReadOnlyList<DatasetVersion>> VersionsAsync(string territoryCode, string datasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<DatasetVersion>().AsNoTracking()
            .Where(v => v.InventoryTerritoryCode == territoryCode && v.DatasetId == datasetId)
            .OrderByDescending(v => v.Number)
            .ToListAsync(cancellationToken);
    }

    public async Task<DatasetVersion?> VersionAsync(string territoryCode, string datasetId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<DatasetVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.InventoryTerritoryCode == territoryCode && v.DatasetId == datasetId && v.Number == number, cancellationToken);
    }

    private static async Task<int> NextNumberAsync(CdvDbContext db, string territoryCode, string datasetId, CancellationToken cancellationToken) =>
        (await db.Set<DatasetVersion>()
            .Where(v => v.InventoryTerritoryCode == territoryCode && v.DatasetId == datasetId)
            .MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
}
