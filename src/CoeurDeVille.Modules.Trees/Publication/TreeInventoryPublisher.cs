using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Storage.Inventories;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Publication;

/// <summary>
/// Imports a checked inventory into the database and publishes it: the trees (with their versions), then the point
/// layer and the catalogue entry « arbres ». The trees are one transaction (all or none); the layer and the dataset
/// follow, each in its own, and are rebuilt from the stored trees, so a failed publication is repaired by
/// <see cref="PublishAsync"/> without importing again.
/// </summary>
public sealed class TreeInventoryPublisher(
    TreeStore trees, LayerStore layers, InventoryStore inventories, TimeProvider timeProvider, TreePublicationOptions? options = null,
    Dashboard.TreeInventoryCache? cache = null)
{
    /// <exception cref="TreeStoreException">The import failed validation or storage; nothing was stored.</exception>
    public async Task<TreeImportSummary> ImportAsync(
        string territoryCode, TreeImportResult result, string actor, string? userId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            throw new TreeStoreException(
                $"{result.File} : {result.ErrorCount} erreur(s), rien n'a été importé. Première erreur : {result.Errors.FirstOrDefault()?.Message}");
        }

        // The layer (and the dashboard) are derived from the planned trees on the other core while they are written;
        // the layer commits only after the trees did, so a failed import leaves no layer change behind.
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        Task<PendingLayerReplace>? layer = null;
        Task<Dashboard.TreeDashboard>? dashboard = null;
        TreeImportSummary summary;
        try
        {
            summary = await trees.ImportAsync(territoryCode, [.. result.Trees.Select(t => StoredTrees.From(territoryCode, t))], actor, userId, cancellationToken,
                planned: all =>
                {
                    layer = Task.Run(() => layers.BeginReplaceAsync(TreeLayer.Definition(territoryCode), TreeLayer.Features(all, today), cancellationToken), cancellationToken);
                    dashboard = cache is null ? null : Task.Run(() => Dashboard.TreeDashboard.Compute(all, today), cancellationToken);
                });
        }
        catch
        {
            await AbandonAsync(layer);
            throw;
        }

        await using (var pending = await layer!)
        {
            await pending.CommitAsync(cancellationToken);
        }

        await inventories.UpsertDatasetAsync(territoryCode, TreeDataset.Describe(territoryCode, summary.Trees.Count(t => !t.Removed), today, options?.BaseUri), cancellationToken);
        if (cache is not null && summary.Stamp is { } stamp)
        {
            cache.Prime(territoryCode, stamp, summary.Trees, await dashboard!);
        }

        return summary;
    }

    private static async Task AbandonAsync(Task<PendingLayerReplace>? layer)
    {
        if (layer is null)
        {
            return;
        }

        try
        {
            await (await layer).DisposeAsync(); // rolled back: the trees were not stored
        }
        catch (Exception e) when (e is LayerStoreException or System.Data.Common.DbException or OperationCanceledException)
        {
            // The import's own error is the one to report.
        }
    }

    /// <summary>Publishes what an import just stored, and hands its trees to the pages' cache (web host).</summary>
    public async Task<LayerInfo> PublishAsync(string territoryCode, TreeImportSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var layer = await PublishAsync(territoryCode, summary.Trees, cancellationToken);
        if (cache is not null && summary.Stamp is { } stamp)
        {
            cache.Prime(territoryCode, stamp, summary.Trees);
        }

        return layer;
    }

    /// <summary>Rebuilds the layer and the catalogue entry from the stored trees (after an import or an intervention).</summary>
    public async Task<LayerInfo> PublishAsync(string territoryCode, CancellationToken cancellationToken = default) =>
        await PublishAsync(territoryCode, await trees.ListAsync(territoryCode, cancellationToken), cancellationToken);

    /// <summary>Rebuilds the layer and the catalogue entry from <paramref name="all"/>, the territory's trees just stored.</summary>
    public async Task<LayerInfo> PublishAsync(string territoryCode, IReadOnlyList<StoredTree> all, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(all);
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var layer = await layers.ReplaceAsync(TreeLayer.Definition(territoryCode), TreeLayer.Features(all, today), cancellationToken);
        await inventories.UpsertDatasetAsync(territoryCode, TreeDataset.Describe(territoryCode, all.Count(t => !t.Removed), today, options?.BaseUri), cancellationToken);
        return layer;
    }
}
