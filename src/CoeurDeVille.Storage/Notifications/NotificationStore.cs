using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Notifications;

/// <summary>Reads and marks a person's in-app notifications; <see cref="Notifier"/> writes them.</summary>
public sealed class NotificationStore(IDbContextFactory<CdvDbContext> contexts, TimeProvider timeProvider)
{
    /// <summary>The latest notifications of <paramref name="userId"/>, newest first.</summary>
    public async Task<IReadOnlyList<Notification>> ListAsync(string userId, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    /// <summary>Marks every unread notification of <paramref name="userId"/> as read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
