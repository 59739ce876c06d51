using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoeurDeVille.Storage.Trees;

/// <summary>
/// A territory's tree inventory: current states, their append-only versions and the interventions. Every write is
/// one transaction; an import is all trees or none, in bulk (binary COPY on PostgreSQL, prepared inserts on SQLite).
/// </summary>
public sealed class TreeStore(IDbContextFactory<CdvDbContext> contexts, TimeProvider timeProvider)
{
    /// <summary>
    /// Imports <paramref name="trees"/> (their <see cref="StoredTree.SourceId"/> set, unique) into a territory. A tree
    /// already stored under the same source id keeps its <see cref="StoredTree.TreeId"/> and its health and gets a new
    /// version only when a field changed; trees absent from the file are kept as they are. <paramref name="planned"/>
    /// gets the territory's trees as they will be stored (tree id order, never changed afterwards) once their ids are
    /// known and before they are written, so a caller can derive from them (layer, dashboard) on the other core.
    /// </summary>
    public async Task<TreeImportSummary> ImportAsync(
        string territoryCode, IReadOnlyList<StoredTree> trees, string actor, string? userId = null, CancellationToken cancellationToken = default,
        Action<IReadOnlyList<StoredTree>>? planned = null)
    {
        ArgumentNullException.ThrowIfNull(trees);
        var clock = Stopwatch.StartNew();
        var duplicate = trees.GroupBy(t => t.SourceId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new TreeStoreException($"Identifiant d'arbre {duplicate.Key} présent plusieurs fois dans le fichier : rien n'a été importé.");
        }

        var now = timeProvider.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Set<StoredTree>().AsNoTracking().Where(t => t.TerritoryCode == territoryCode).ToListAsync(cancellationToken);
        var bySource = existing.ToDictionary(t => t.SourceId);
        var next = existing.Count == 0 ? 1 : existing.Max(t => t.TreeId) + 1;
        var final = new List<StoredTree>(Math.Max(trees.Count, existing.Count));
        var changed = new List<(StoredTree Tree, TreeChangeKind Kind, string Changes)>();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var incoming in trees)
        {
            var tree = incoming.Copy();
            tree.TerritoryCode = territoryCode;
            tree.UpdatedAt = now;
            if (bySource.Remove(tree.SourceId, out var before))
            {
                tree.TreeId = before.TreeId;
                tree.Health ??= before.Health;
                var changes = TreeSnapshot.Changes(before, tree);
                if (changes.Count == 0)
                {
                    unchanged++;
                    final.Add(before);
                    continue;
                }

                updated++;
                changed.Add((tree, TreeChangeKind.Imported, string.Join(',', changes)));
            }
            else
            {
                tree.TreeId = next++;
                created++;
                changed.Add((tree, TreeChangeKind.Created, ""));
            }

            final.Add(tree);
        }

        final.AddRange(bySource.Values);
        // Tree id order: what the pages and the layer expect, and the primary key's order (appending index pages).
        final.Sort((a, b) => a.TreeId.CompareTo(b.TreeId));
        planned?.Invoke(final);
        long? stamp;
        // The versions' JSON snapshots are serialised on the other core while the trees are written (nothing mutates them).
        var versions = Task.Run(() => changed.ConvertAll(c => Version(c.Tree, c.Kind, c.Changes, actor, userId, now)), cancellationToken);
        try
        {
            // Replacing the territory's rows is one sequential write, cheaper than matching updates row by row.
            await db.Set<StoredTree>().Where(t => t.TerritoryCode == territoryCode).ExecuteDeleteAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            // SQLite's default 2 MB page cache spills dirty index pages to the file mid-import; 64 MB keeps them until
            // the commit (this connection only; reset below because connections are pooled).
            var sqlite = !db.Database.IsNpgsql();
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", cancellationToken);
            }

            await TreeBulkWriter.WriteAsync(connection, dbTransaction, "trees", TreeColumns.All, final, cancellationToken);
            await TreeBulkWriter.WriteAsync(connection, dbTransaction, "tree_versions", TreeColumns.Versions, await versions, cancellationToken);
            stamp = await db.Set<TreeVersion>().Where(v => v.TerritoryCode == territoryCode).MaxAsync(v => (long?)v.Id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new TreeStoreException($"L'inventaire des arbres de {territoryCode} n'a pas été enregistré (rien n'a été écrit) : {e.Message}", e);
        }

        return new TreeImportSummary(created, updated, unchanged, bySource.Count, clock.Elapsed) { Trees = final, Stamp = stamp };
    }

    /// <summary>Current trees of a territory, in tree id order (removed ones included).</summary>
    public async Task<IReadOnlyList<StoredTree>> ListAsync(string territoryCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredTree>().AsNoTracking().Where(t => t.TerritoryCode == territoryCode)
            .OrderBy(t => t.TreeId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The id of the territory's latest tree version, null when it has no tree: every change writes a version, so a
    /// cache keyed by it is never stale.
    /// </summary>
    public async Task<long?> StampAsync(string territoryCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeVersion>().Where(v => v.TerritoryCode == territoryCode).MaxAsync(v => (long?)v.Id, cancellationToken);
    }

    public async Task<int> CountAsync(string territoryCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredTree>().CountAsync(t => t.TerritoryCode == territoryCode, cancellationToken);
    }

    public async Task<StoredTree?> FindAsync(string territoryCode, long treeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredTree>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.TerritoryCode == territoryCode && t.TreeId == treeId, cancellationToken);
    }

    /// <summary>A tree's versions, oldest first.</summary>
    public async Task<IReadOnlyList<TreeVersion>> VersionsAsync(string territoryCode, long treeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeVersion>().AsNoTracking()
            .Where(v => v.TerritoryCode == territoryCode && v.TreeId == treeId).OrderBy(v => v.Id).ToListAsync(cancellationToken);
    }

    /// <summary>A tree's interventions, latest work first.</summary>
    public async Task<IReadOnlyList<TreeIntervention>> InterventionsAsync(string territoryCode, long treeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Set<TreeIntervention>().AsNoTracking()
            .Where(i => i.TerritoryCode == territoryCode && i.TreeId == treeId).OrderByDescending(i => i.Id).ToListAsync(cancellationToken);
        return [.. all.OrderByDescending(i => i.Date)];
    }

    /// <summary>
    /// The inventory as it stood at <paramref name="at"/>: for every tree, its latest version written at or before
    /// that instant (trees created later are absent).
    /// </summary>
    public async Task<IReadOnlyList<StoredTree>> StateAtAsync(string territoryCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // SQLite cannot compare DateTimeOffset in SQL: versions are streamed in id (= time) order and filtered here.
        var latest = new Dictionary<long, string>();
        await foreach (var version in db.Set<TreeVersion>().AsNoTracking().Where(v => v.TerritoryCode == territoryCode)
            .OrderBy(v => v.Id).Select(v => new { v.TreeId, v.At, v.State }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (version.At <= at)
            {
                latest[version.TreeId] = version.State;
            }
        }

        return [.. latest.OrderBy(p => p.Key).Select(p => TreeSnapshot.FromJson(p.Value))];
    }

    /// <summary>
    /// Applies an edit to one tree and records its version, in one transaction. Returns the changed fields.
    /// <paramref name="beforeSave"/> (called only when something changed) lets the caller add its audit entry to it.
    /// </summary>
    public async Task<IReadOnlyList<string>> EditAsync(
        string territoryCode, long treeId, Action<StoredTree> edit, string actor, string? userId, CancellationToken cancellationToken = default,
        Action<CdvDbContext, IReadOnlyList<string>>? beforeSave = null)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changes = await ApplyAsync(db, territoryCode, treeId, edit, TreeChangeKind.Edited, actor, userId, cancellationToken);
        if (changes.Count > 0)
        {
            beforeSave?.Invoke(db, changes);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changes;
    }

    /// <summary>
    /// Logs an intervention; a felling marks the tree removed and a planting marks it standing again (a new version
    /// either way). <paramref name="beforeSave"/> lets the caller add its audit entry to the same transaction.
    /// </summary>
    public async Task<TreeIntervention> AddInterventionAsync(
        TreeIntervention intervention, Action<CdvDbContext>? beforeSave = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        intervention.RecordedAt = timeProvider.GetUtcNow();
        db.Add(intervention);
        if (intervention.Kind is TreeInterventionKind.Felling or TreeInterventionKind.Planting)
        {
            var removed = intervention.Kind == TreeInterventionKind.Felling;
            await ApplyAsync(db, intervention.TerritoryCode, intervention.TreeId, t =>
            {
                t.Removed = removed;
                t.StatusLabel = removed ? "Abattu" : "En place";
            }, TreeChangeKind.Intervention, intervention.Agent, intervention.UserId, cancellationToken);
        }
        else if (!await db.Set<StoredTree>().AnyAsync(t => t.TerritoryCode == intervention.TerritoryCode && t.TreeId == intervention.TreeId, cancellationToken))
        {
            throw new TreeStoreException($"Arbre {intervention.TreeId} introuvable sur le territoire {intervention.TerritoryCode} : rien n'a été enregistré.");
        }

        beforeSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return intervention;
    }

    private async Task<IReadOnlyList<string>> ApplyAsync(
        CdvDbContext db, string territoryCode, long treeId, Action<StoredTree> edit, TreeChangeKind kind, string actor, string? userId,
        CancellationToken cancellationToken)
    {
        var tree = await db.Set<StoredTree>().FirstOrDefaultAsync(t => t.TerritoryCode == territoryCode && t.TreeId == treeId, cancellationToken)
            ?? throw new TreeStoreException($"Arbre {treeId} introuvable sur le territoire {territoryCode} : rien n'a été enregistré.");
        var before = tree.Copy();
        edit(tree);
        tree.TerritoryCode = territoryCode;
        tree.TreeId = treeId;
        var changes = TreeSnapshot.Changes(before, tree);
        if (changes.Count > 0)
        {
            tree.UpdatedAt = timeProvider.GetUtcNow();
            db.Add(Version(tree, kind, string.Join(',', changes), actor, userId, tree.UpdatedAt));
        }

        return changes;
    }

    private static TreeVersion Version(StoredTree tree, TreeChangeKind kind, string changes, string actor, string? userId, DateTimeOffset at) => new()
    {
        TerritoryCode = tree.TerritoryCode,
        TreeId = tree.TreeId,
        At = at,
        UserId = userId,
        Actor = actor,
        Kind = kind,
        ChangedFields = changes,
        State = TreeSnapshot.ToJson(tree),
    };
}
