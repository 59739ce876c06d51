using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>
/// The citizen community's rows around a territory's trees. Every write is one transaction that also holds the
/// caller's audit entry (<c>beforeSave</c>); a write on a tree that the territory does not have stores nothing.
/// </summary>
public sealed class TreeCommunityStore(IDbContextFactory<CdvDbContext> contexts, TimeProvider timeProvider)
{
    /// <summary>What replaces a required free text (a proposal's reason) once its author erased their account.</summary>
    public const string ErasedText = "(texte retiré à la demande de son auteur)";

    public async Task<TreeReport> AddReportAsync(TreeReport report, Action<CdvDbContext>? beforeSave = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureTreeAsync(db, report.TerritoryCode, report.TreeId, cancellationToken);
        report.Status = TreeReportStatus.New;
        report.CreatedAt = report.UpdatedAt = timeProvider.GetUtcNow();
        db.Add(report);
        beforeSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    public async Task<TreeReport?> FindReportAsync(string territoryCode, long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeReport>().AsNoTracking().FirstOrDefaultAsync(r => r.TerritoryCode == territoryCode && r.Id == id, cancellationToken);
    }

    /// <summary>A tree's reports, newest first.</summary>
    public async Task<IReadOnlyList<TreeReport>> ReportsOfTreeAsync(string territoryCode, long treeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeReport>().AsNoTracking().Where(r => r.TerritoryCode == territoryCode && r.TreeId == treeId)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The territory's reports in the given states, oldest first (the order an agent works in).</summary>
    public async Task<IReadOnlyList<TreeReport>> ReportsAsync(
        string territoryCode, IReadOnlyCollection<TreeReportStatus> statuses, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeReport>().AsNoTracking().Where(r => r.TerritoryCode == territoryCode && statuses.Contains(r.Status))
            .OrderBy(r => r.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>The latest reports of a territory (any state), newest first: the activity feed.</summary>
    public async Task<IReadOnlyList<TreeReport>> LatestReportsAsync(string territoryCode, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeReport>().AsNoTracking().Where(r => r.TerritoryCode == territoryCode)
            .OrderByDescending(r => r.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Changes one report under a transaction: <paramref name="change"/> returns a French refusal (nothing is written)
    /// or null, after editing the tracked report. Returns the refusal, or null with the report saved.
    /// </summary>
    public async Task<(TreeReport? Report, string? Refusal)> ChangeReportAsync(
        string territoryCode, long id, Func<TreeReport, string?> change, Action<CdvDbContext, TreeReport>? beforeSave = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await db.Set<TreeReport>().FirstOrDefaultAsync(r => r.TerritoryCode == territoryCode && r.Id == id, cancellationToken);
        if (report is null)
        {
            return (null, $"Signalement {id} introuvable sur le territoire {territoryCode}.");
        }

        if (change(report) is { } refusal)
        {
            return (report, refusal);
        }

        report.UpdatedAt = timeProvider.GetUtcNow();
        beforeSave?.Invoke(db, report);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (report, null);
    }

    /// <summary>Adopts a tree; false when the account already adopted it (nothing written).</summary>
    public async Task<bool> AdoptAsync(
        string territoryCode, long treeId, string userId, string pseudonym, Action<CdvDbContext>? beforeSave = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureTreeAsync(db, territoryCode, treeId, cancellationToken);
        if (await db.Set<TreeAdoption>().AnyAsync(a => a.TerritoryCode == territoryCode && a.TreeId == treeId && a.UserId == userId, cancellationToken))
        {
            return false;
        }

        db.Add(new TreeAdoption { TerritoryCode = territoryCode, TreeId = treeId, UserId = userId, Pseudonym = pseudonym, AdoptedAt = timeProvider.GetUtcNow() });
        beforeSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Ends an adoption; false when there was none.</summary>
    public async Task<bool> LeaveAsync(string territoryCode, long treeId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeAdoption>().Where(a => a.TerritoryCode == territoryCode && a.TreeId == treeId && a.UserId == userId)
            .ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<TreeAdoption>> AdoptionsOfTreeAsync(string territoryCode, long treeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeAdoption>().AsNoTracking().Where(a => a.TerritoryCode == territoryCode && a.TreeId == treeId)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TreeAdoption>> AdoptionsOfUserAsync(string territoryCode, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeAdoption>().AsNoTracking().Where(a => a.TerritoryCode == territoryCode && a.UserId == userId)
            .OrderBy(a => a.TreeId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TreeAdoption>> LatestAdoptionsAsync(string territoryCode, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeAdoption>().AsNoTracking().Where(a => a.TerritoryCode == territoryCode)
            .OrderByDescending(a => a.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Logs a watering of an adopted tree; refused (exception, nothing written) when the account did not adopt it.</summary>
    public async Task<TreeWatering> AddWateringAsync(TreeWatering watering, Action<CdvDbContext>? beforeSave = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(watering);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Set<TreeAdoption>().AnyAsync(
            a => a.TerritoryCode == watering.TerritoryCode && a.TreeId == watering.TreeId && a.UserId == watering.UserId, cancellationToken))
        {
            throw new TreeStoreException($"Adoptez d'abord l'arbre {watering.TreeId} pour noter ses arrosages : rien n'a été enregistré.");
        }

        watering.RecordedAt = timeProvider.GetUtcNow();
        db.Add(watering);
        beforeSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return watering;
    }

    /// <summary>A tree's latest waterings, latest day first.</summary>
    public async Task<IReadOnlyList<TreeWatering>> WateringsOfTreeAsync(string territoryCode, long treeId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeWatering>().AsNoTracking().Where(w => w.TerritoryCode == territoryCode && w.TreeId == treeId)
            .OrderByDescending(w => w.Date).ThenByDescending(w => w.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TreeWatering>> LatestWateringsAsync(string territoryCode, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeWatering>().AsNoTracking().Where(w => w.TerritoryCode == territoryCode)
            .OrderByDescending(w => w.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>The last watering day of each adopted tree of the territory (null when never watered).</summary>
    public async Task<IReadOnlyDictionary<long, DateOnly?>> LastWateringOfAdoptedTreesAsync(string territoryCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var adopted = await db.Set<TreeAdoption>().Where(a => a.TerritoryCode == territoryCode).Select(a => a.TreeId).Distinct().ToListAsync(cancellationToken);
        var last = await db.Set<TreeWatering>().Where(w => w.TerritoryCode == territoryCode)
            .GroupBy(w => w.TreeId).Select(g => new { TreeId = g.Key, Last = g.Max(w => w.Date) }).ToListAsync(cancellationToken);
        var byTree = last.ToDictionary(l => l.TreeId, l => l.Last);
        return adopted.ToDictionary(t => t, t => byTree.TryGetValue(t, out var day) ? day : (DateOnly?)null);
    }

    public async Task<PlantingProposal> AddProposalAsync(PlantingProposal proposal, Action<CdvDbContext>? beforeSave = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        proposal.Status = PlantingProposalStatus.Pending;
        proposal.CreatedAt = timeProvider.GetUtcNow();
        db.Add(proposal);
        beforeSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return proposal;
    }

    /// <summary>The territory's proposals in one state, oldest first for pending ones, newest first otherwise.</summary>
    public async Task<IReadOnlyList<PlantingProposal>> ProposalsAsync(
        string territoryCode, PlantingProposalStatus status, int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<PlantingProposal>().AsNoTracking().Where(p => p.TerritoryCode == territoryCode && p.Status == status);
        query = status == PlantingProposalStatus.Pending ? query.OrderBy(p => p.Id) : query.OrderByDescending(p => p.Id);
        return await query.Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Accepts or rejects a pending proposal; the refusal (already decided, unknown) in French, nothing written.</summary>
    public async Task<(PlantingProposal? Proposal, string? Refusal)> DecideProposalAsync(
        string territoryCode, long id, bool accept, string? answer, string handlerName, Action<CdvDbContext>? beforeSave = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var proposal = await db.Set<PlantingProposal>().FirstOrDefaultAsync(p => p.TerritoryCode == territoryCode && p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return (null, $"Proposition de plantation {id} introuvable sur le territoire {territoryCode}.");
        }

        if (proposal.Status != PlantingProposalStatus.Pending)
        {
            return (proposal, $"La proposition {id} a déjà été {(proposal.Status == PlantingProposalStatus.Accepted ? "acceptée" : "refusée")}.");
        }

        proposal.Status = accept ? PlantingProposalStatus.Accepted : PlantingProposalStatus.Rejected;
        proposal.Answer = answer;
        proposal.HandlerName = handlerName;
        proposal.DecidedAt = timeProvider.GetUtcNow();
        beforeSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (proposal, null);
    }

    /// <summary>Records a photo stored in the foundation's photo store as belonging to a tree (and a report).</summary>
    public async Task AddPhotoAsync(TreePhoto photo, Action<CdvDbContext>? beforeSave = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureTreeAsync(db, photo.TerritoryCode, photo.TreeId, cancellationToken);
        photo.CreatedAt = timeProvider.GetUtcNow();
        db.Add(photo);
        beforeSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<TreePhoto?> FindPhotoAsync(string territoryCode, Guid photoId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreePhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.TerritoryCode == territoryCode && p.PhotoId == photoId, cancellationToken);
    }

    /// <summary>The territory's photos in one state, oldest first.</summary>
    public async Task<IReadOnlyList<TreePhoto>> PhotosAsync(string territoryCode, TreePhotoStatus status, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreePhoto>().AsNoTracking().Where(p => p.TerritoryCode == territoryCode && p.Status == status)
            .OrderBy(p => p.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>A tree's photo rows (every state), for the tree page to tell published from waiting ones.</summary>
    public async Task<IReadOnlyList<TreePhoto>> PhotosOfTreeAsync(string territoryCode, long treeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreePhoto>().AsNoTracking().Where(p => p.TerritoryCode == territoryCode && p.TreeId == treeId).ToListAsync(cancellationToken);
    }

    /// <summary>Moves a waiting photo to published or rejected; false when it is not waiting (nothing written).</summary>
    public async Task<bool> ModeratePhotoAsync(
        string territoryCode, Guid photoId, bool publish, Action<CdvDbContext>? beforeSave = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var photo = await db.Set<TreePhoto>().FirstOrDefaultAsync(
            p => p.TerritoryCode == territoryCode && p.PhotoId == photoId && p.Status == TreePhotoStatus.Pending, cancellationToken);
        if (photo is null)
        {
            return false;
        }

        photo.Status = publish ? TreePhotoStatus.Published : TreePhotoStatus.Rejected;
        beforeSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The territory's latest interventions (the activity feed), newest logged first.</summary>
    public async Task<IReadOnlyList<TreeIntervention>> LatestInterventionsAsync(string territoryCode, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TreeIntervention>().AsNoTracking().Where(i => i.TerritoryCode == territoryCode)
            .OrderByDescending(i => i.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Everything this store holds about one account, for its personal-data export.</summary>
    public async Task<TreeCommunityRecords> RecordsOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new TreeCommunityRecords(
            await db.Set<TreeReport>().AsNoTracking().Where(r => r.ReporterUserId == userId).OrderBy(r => r.Id).ToListAsync(cancellationToken),
            await db.Set<TreeAdoption>().AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Id).ToListAsync(cancellationToken),
            await db.Set<TreeWatering>().AsNoTracking().Where(w => w.UserId == userId).OrderBy(w => w.Id).ToListAsync(cancellationToken),
            await db.Set<PlantingProposal>().AsNoTracking().Where(p => p.ProposerUserId == userId).OrderBy(p => p.Id).ToListAsync(cancellationToken),
            await db.Set<TreePhoto>().AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Erases an account from the community rows in one transaction: reports, waterings and proposals stay as anonymous
    /// facts (no account, no pseudonym, no free text), adoptions and photo rows go. Returns the ids of the account's
    /// photos, for the caller to delete from the photo store.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> EraseAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var photos = await db.Set<TreePhoto>().Where(p => p.UserId == userId).Select(p => p.PhotoId).ToListAsync(cancellationToken);
        await db.Set<TreePhoto>().Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<TreeReport>().Where(r => r.ReporterUserId == userId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.ReporterUserId, (string?)null).SetProperty(r => r.ReporterName, (string?)null)
                .SetProperty(r => r.Comment, (string?)null), cancellationToken);
        await db.Set<TreeWatering>().Where(w => w.UserId == userId).ExecuteUpdateAsync(
            s => s.SetProperty(w => w.UserId, (string?)null).SetProperty(w => w.Pseudonym, (string?)null).SetProperty(w => w.Note, (string?)null), cancellationToken);
        await db.Set<PlantingProposal>().Where(p => p.ProposerUserId == userId).ExecuteUpdateAsync(
            s => s.SetProperty(p => p.ProposerUserId, (string?)null).SetProperty(p => p.ProposerName, (string?)null)
                .SetProperty(p => p.Reason, ErasedText), cancellationToken);
        await db.Set<TreeAdoption>().Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return photos;
    }

    private static async Task EnsureTreeAsync(CdvDbContext db, string territoryCode, long treeId, CancellationToken cancellationToken)
    {
        if (!await db.Set<StoredTree>().AnyAsync(t => t.TerritoryCode == territoryCode && t.TreeId == treeId, cancellationToken))
        {
            throw new TreeStoreException($"Arbre {treeId} introuvable sur le territoire {territoryCode} : rien n'a été enregistré.");
        }
    }
}
