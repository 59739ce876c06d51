using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Inventories;
using CoeurDeVille.Web.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Web.Portal;

/// <summary>Read side of the portal pages: hosted territories, one territory's overview, the latest imports.</summary>
public sealed class PortalReader(IDbContextFactory<CdvDbContext> contexts, InventoryStore store, CatalogueReader catalogue, TerritoryNames names)
{
    public async Task<IReadOnlyList<HostedTerritory>> HostedTerritoriesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Datasets.AsNoTracking()
            .GroupBy(d => d.InventoryTerritoryCode)
            .Select(g => new { Code = g.Key, Datasets = g.Count(), Open = g.Count(d => d.OpennessStatus == OpennessStatus.AlreadyOpen) })
            .ToListAsync(cancellationToken);
        var known = await names.NamesAsync(counts.Select(c => c.Code).ToList(), cancellationToken);
        return counts.Select(c => new HostedTerritory(c.Code, known[c.Code], c.Datasets, c.Open))
            .OrderBy(t => t.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true))
            .ToList();
    }

    /// <summary>The latest import runs, newest first, over every territory or one.</summary>
    public async Task<IReadOnlyList<RecentImport>> RecentImportsAsync(string? territoryCode, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.ImportRuns.AsNoTracking();
        if (territoryCode is not null)
        {
            query = query.Where(r => r.TerritoryCode == territoryCode);
        }

        // Ordered by id: runs are numbered as they finish, and DateTimeOffset ordering is not translated by SQLite.
        var runs = await query.OrderByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);
        var known = await names.NamesAsync(runs.Select(r => r.TerritoryCode).Distinct().ToList(), cancellationToken);
        return runs.Select(r => new RecentImport(r.TerritoryCode, known[r.TerritoryCode], r.Kind, r.Source, r.FinishedAt, r.Rows, r.Succeeded)).ToList();
    }

    /// <summary>The overview of a territory, or null when the instance knows nothing of it (no inventory, no import, no contour).</summary>
    public async Task<TerritoryOverview?> OverviewAsync(string code, CancellationToken cancellationToken)
    {
        var inventory = await catalogue.InventoryAsync(code, cancellationToken);
        var imports = await store.ImportRunsAsync(code, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Territories.AsNoTracking().Where(t => t.Code == code)
            .Select(t => new { t.Name, HasGeometry = t.Geometry != null }).FirstOrDefaultAsync(cancellationToken);
        if (inventory.Datasets.Count == 0 && imports.Count == 0 && stored is null)
        {
            return null;
        }

        var directory = await names.DirectoryAsync(cancellationToken);
        var commune = directory?.FindCommune(code);
        var epci = commune is null ? directory?.FindEpci(code) : null;
        var name = stored?.Name ?? commune?.Name ?? epci?.Name ?? code;
        var kind = commune is not null ? "Commune" : epci is not null ? $"Intercommunalité ({epci.Kind})" : null;
        var recent = imports.Reverse().Take(10).ToList();
        return new TerritoryOverview(code, name, kind, commune?.Population ?? epci?.Population, stored?.HasGeometry == true, inventory, recent);
    }

    /// <summary>The contour of a territory as a GeoJSON Feature (WGS84), or null.</summary>
    public async Task<NetTopologySuite.Geometries.Geometry?> ContourAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Territories.AsNoTracking().Where(t => t.Code == code).Select(t => t.Geometry).FirstOrDefaultAsync(cancellationToken);
    }
}
