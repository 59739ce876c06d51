using CoeurDeVille.Core.Photos;
using CoeurDeVille.Storage.Files;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Photos;

/// <summary>
/// Photos of every feature: the row in <c>photos</c>, the bytes (photo and thumbnail) in the <see cref="IFileStore"/>
/// under <c>photos/{territoire}/{id}/</c>. Files are written before the row, so a row never points at missing bytes;
/// a failed save leaves at most an orphan folder that no row names.
/// </summary>
public sealed class PhotoStore(IDbContextFactory<CdvDbContext> contexts, IFileStore files, TimeProvider timeProvider)
{
    public async Task<StoredPhoto> AddAsync(NewPhoto photo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        if (!PhotoLicences.IsKnown(photo.Licence))
        {
            throw new PhotoRejectedException(
                $"Licence « {photo.Licence} » inconnue : choisissez {string.Join(", ", PhotoLicences.All.Select(l => l.Code))}.");
        }

        var stored = new StoredPhoto
        {
            Id = photo.Id ?? Guid.NewGuid(),
            TerritoryCode = photo.TerritoryCode,
            Subject = photo.Subject,
            AuthorUserId = photo.AuthorUserId,
            AuthorName = photo.AuthorName,
            Licence = PhotoLicences.Find(photo.Licence)!.Code,
            Published = photo.Published,
            CreatedAt = timeProvider.GetUtcNow(),
            Width = photo.Content.Width,
            Height = photo.Content.Height,
        };
        await SaveBytesAsync(KeyOf(stored, thumbnail: false), photo.Content.Jpeg, cancellationToken);
        await SaveBytesAsync(KeyOf(stored, thumbnail: true), photo.Content.Thumbnail, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Photos.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return stored;
    }

    public async Task<StoredPhoto?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>The photos of <paramref name="subject"/>, oldest first.</summary>
    public async Task<IReadOnlyList<StoredPhoto>> ListAsync(
        string territoryCode, string subject, bool publishedOnly, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Photos.AsNoTracking().Where(p => p.TerritoryCode == territoryCode && p.Subject == subject);
        if (publishedOnly)
        {
            query = query.Where(p => p.Published);
        }

        // Sorted here: SQLite cannot order by a DateTimeOffset column.
        return (await query.ToListAsync(cancellationToken)).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToList();
    }

    /// <summary>The photos of an author (personal data export).</summary>
    public async Task<IReadOnlyList<StoredPhoto>> OfAuthorAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Photos.AsNoTracking().Where(p => p.AuthorUserId == userId).ToListAsync(cancellationToken);
    }

    /// <summary>Publishes or withdraws a photo; false when it does not exist.</summary>
    public async Task<bool> SetPublishedAsync(Guid id, bool published, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Photos.Where(p => p.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Published, published), cancellationToken) > 0;
    }

    /// <summary>The photo's JPEG bytes (or its thumbnail's), or null when they are missing.</summary>
    public Task<Stream?> OpenAsync(StoredPhoto photo, bool thumbnail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        return files.OpenReadAsync(KeyOf(photo, thumbnail), cancellationToken);
    }

    /// <summary>Deletes the row, then the bytes; false when the photo does not exist.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var photo = await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (photo is null)
        {
            return false;
        }

        await db.Photos.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        await files.DeleteFolderAsync(FolderOf(photo), cancellationToken);
        return true;
    }

    /// <summary>Deletes every photo of an author (account deletion); returns how many.</summary>
    public async Task<int> DeleteOfAuthorAsync(string userId, CancellationToken cancellationToken = default)
    {
        var photos = await OfAuthorAsync(userId, cancellationToken);
        foreach (var photo in photos)
        {
            await DeleteAsync(photo.Id, cancellationToken);
        }

        return photos.Count;
    }

    private static string FolderOf(StoredPhoto photo) => $"photos/{photo.TerritoryCode}/{photo.Id:N}";

    private static string KeyOf(StoredPhoto photo, bool thumbnail) =>
        $"{FolderOf(photo)}/{(thumbnail ? "miniature" : "photo")}.jpg";

    private async Task SaveBytesAsync(string key, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetTempPath(), $"cdv-photo-{Guid.NewGuid():N}.jpg");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            await files.SaveAsync(key, temporary, cancellationToken);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
