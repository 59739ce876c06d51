using CoeurDeVille.Core.Photos;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Photos;
using CoeurDeVille.Storage.Trees.Community;
using Microsoft.AspNetCore.Http;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// Photos sent for a tree (with a report or on their own): size and licence checked, the image decoded and stripped of
/// every metadata profile (GPS included) by the shared <see cref="PhotoSanitizer"/> before anything is written, then
/// stored under subject <c>arbre:{treeId}</c> with a <c>tree_photos</c> row. Agents' photos are published at once,
/// the others wait for a moderator.
/// </summary>
public sealed class TreePhotoUploads(PhotoStore photos, TreeCommunityStore store, AuditLog audit)
{
    public static IReadOnlyList<(string Code, string Label)> Licences { get; } = [.. PhotoLicences.All.Select(l => (l.Code, l.Label))];

    public static async Task<PreparedTreePhoto> PrepareAsync(IFormFile file, string? licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file.FileName);
        if (file.Length > CommunityLimits.PhotoMaxBytes)
        {
            return new($"Photo « {name} » trop lourde ({file.Length / 1024.0 / 1024.0:0.#} Mo) : {CommunityLimits.PhotoMaxBytes / 1024 / 1024} Mo au plus. Rien n'a été enregistré.", "", null);
        }

        if (PhotoLicences.Find(licence) is not { } known)
        {
            return new($"Licence « {licence} » inconnue : choisissez {string.Join(", ", PhotoLicences.All.Select(l => l.Code))}. Rien n'a été enregistré.", "", null);
        }

        try
        {
            await using var stream = file.OpenReadStream();
            return new(null, known.Code, await PhotoSanitizer.SanitizeAsync(stream, name, cancellationToken));
        }
        catch (PhotoRejectedException e)
        {
            return new($"{e.Message} Rien n'a été enregistré.", known.Code, null);
        }
    }

    /// <summary>Stores a prepared photo and its <c>tree_photos</c> row; returns the photo's id.</summary>
    public async Task<Guid> StoreAsync(
        PreparedTreePhoto photo, string code, long treeId, long? reportId, string userId, string authorName, bool publishAtOnce, AuditActor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var content = photo.Content ?? throw new ArgumentException(photo.Problem, nameof(photo));
        var stored = await photos.AddAsync(
            new NewPhoto(code, TreePhotoGallery.SubjectOf(treeId), userId, authorName, photo.Licence, content, publishAtOnce), cancellationToken);
        try
        {
            await store.AddPhotoAsync(new TreePhoto
            {
                PhotoId = stored.Id,
                TerritoryCode = code,
                TreeId = treeId,
                ReportId = reportId,
                UserId = userId,
                Status = publishAtOnce ? TreePhotoStatus.Published : TreePhotoStatus.Pending,
            }, db => audit.Add(db, actor, "arbres.photo.ajouter", code, stored.Id.ToString(), new { treeId, reportId, publiee = publishAtOnce }), cancellationToken);
        }
        catch
        {
            await photos.DeleteAsync(stored.Id, CancellationToken.None); // no row names it: do not leave it behind
            throw;
        }

        return stored.Id;
    }
}
