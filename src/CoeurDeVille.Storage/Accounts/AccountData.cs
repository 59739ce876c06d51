using CoeurDeVille.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// A person's data across the platform (GDPR articles 15, 17 and 20): the account itself, its memberships and
/// notifications, plus what each feature's <see cref="IPersonalDataHandler"/> holds; and the deletion of all of it.
/// </summary>
public sealed class AccountData(
    IDbContextFactory<CdvDbContext> contexts, AuditLog audit, IEnumerable<IPersonalDataHandler> handlers)
{
    /// <summary>Name left in the audit log in place of a deleted account's e-mail.</summary>
    public const string DeletedActor = "compte supprimé";

    /// <summary>Everything held about <paramref name="userId"/>, section by section, ready to serialise as JSON.</summary>
    public async Task<IReadOnlyDictionary<string, object?>> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new InvalidOperationException($"Compte {userId} introuvable.");
        var memberships = await db.TerritoryMemberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new { territoire = m.TerritoryCode, role = m.Role.ToString() }).ToListAsync(cancellationToken);
        var notifications = (await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).ToListAsync(cancellationToken))
            .Select(n => new { n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt }).ToList();
        var export = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["compte"] = new
            {
                identifiant = user.Id,
                pseudonyme = user.DisplayName,
                courriel = user.Email,
                consentement = user.ConsentedAt,
                notificationsParCourriel = user.EmailNotifications,
            },
            ["roles"] = memberships,
            ["notifications"] = notifications,
        };
        foreach (var handler in handlers)
        {
            export[handler.Label] = await handler.ExportAsync(userId, cancellationToken);
        }

        return export;
    }

    /// <summary>
    /// Lets every feature forget the person, then deletes the account (memberships and notifications go with it) and
    /// replaces the e-mail in the audit log by <see cref="DeletedActor"/>; the log keeps what was done, not by whom.
    /// </summary>
    public async Task DeleteAsync(string userId, CancellationToken cancellationToken = default)
    {
        foreach (var handler in handlers)
        {
            await handler.EraseAsync(userId, cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AuditEntries.Where(e => e.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Actor, DeletedActor), cancellationToken);
        audit.Add(db, new AuditActor(userId, DeletedActor), "compte.supprimer", null, userId);
        await db.SaveChangesAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
