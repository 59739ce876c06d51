using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Audit;

/// <summary>
/// Writes and reads the audit log. To keep the entry and the change in the same transaction, call
/// <see cref="Add"/> on the context that makes the change before its <c>SaveChangesAsync</c>; use
/// <see cref="RecordAsync"/> when the change has already been saved elsewhere.
/// </summary>
public sealed class AuditLog(IDbContextFactory<CdvDbContext> contexts, TimeProvider timeProvider)
{
    /// <summary>
    /// Adds an entry to <paramref name="db"/>'s change tracker: it is written by the caller's next save, with the change.
    /// <paramref name="details"/> is serialised to JSON (null for none).
    /// </summary>
    public AuditEntry Add(CdvDbContext db, AuditActor actor, string action, string? territoryCode, string? target, object? details = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry
        {
            At = timeProvider.GetUtcNow(),
            UserId = actor.UserId,
            Actor = actor.Name,
            TerritoryCode = territoryCode,
            Action = action,
            Target = target,
            Details = details is null ? null : JsonSerializer.Serialize(details),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Writes one entry on its own.</summary>
    public async Task<AuditEntry> RecordAsync(
        AuditActor actor, string action, string? territoryCode, string? target, object? details = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = Add(db, actor, action, territoryCode, target, details);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    /// <summary>
    /// The latest entries, newest first, restricted to <paramref name="territoryCodes"/> when given (an agent's
    /// territories; null = every entry, for administrators), then to <paramref name="territoryCode"/> when given.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(
        IReadOnlyCollection<string>? territoryCodes, string? territoryCode, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<AuditEntry> query = db.AuditEntries.AsNoTracking();
        if (territoryCodes is not null)
        {
            query = query.Where(e => e.TerritoryCode != null && territoryCodes.Contains(e.TerritoryCode));
        }

        if (territoryCode is not null)
        {
            query = query.Where(e => e.TerritoryCode == territoryCode);
        }

        return await query.OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken);
    }
}
