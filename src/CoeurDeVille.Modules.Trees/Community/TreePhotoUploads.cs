using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Trees.Community;
using Microsoft.AspNetCore.Http;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// Photos sent for a tree (with a report or on their own): size and licence checked, the image decoded and stripped of
/// every metadata profile (GPS included) by the shared sanitizer, then stored under subject <c>arbre:{treeId}</c> with
/// a <c>tree_photos</c> row. Agents' photos are published at once, the others wait for a moderator.
/// </summary>
public sealed class TreePhotoUploads(TreeCommunityStore store, AuditLog audit)
{
    // FOUNDATION: PhotoLicences.All once it lands.
    public static IReadOnlyList<(string Code, string Label)> Licences { get; } =
        [("CC-BY-4.0", "CC BY 4.0 (attribution)"), ("CC-BY-SA-4.0", "CC BY-SA 4.0"), ("CC0-1.0", "CC0 (domaine public)")];

    public async Task<PreparedTreePhoto> PrepareAsync(IFormFile file, string? licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > CommunityLimits.PhotoMaxBytes)
        {
            return new($"Photo « {file.FileName} » trop lourde ({file.Length / 1024 / 1024} Mo) : {CommunityLimits.PhotoMaxBytes / 1024 / 1024} Mo au plus. Rien n'a été enregistré.", "", null);
        }

        if (licence is null || !Licences.Any(l => l.Code == licence))
        {
            return new($"Licence « {licence} » inconnue : choisissez CC BY 4.0, CC BY-SA 4.0 ou CC0. Rien n'a été enregistré.", "", null);
        }

        // FOUNDATION: PhotoSanitizer.SanitizeAsync once it lands.
        await using var stream = file.OpenReadStream();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return new("Les photos ne sont pas encore acceptées sur ce portail. Rien n'a été enregistré.", licence, null);
    }

    public async Task StoreAsync(
        PreparedTreePhoto photo, string code, long treeId, long? reportId, string userId, string authorName, bool publishAtOnce, AuditActor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var id = Guid.NewGuid(); // FOUNDATION: PhotoStore.AddAsync gives the id
        await store.AddPhotoAsync(new TreePhoto
        {
            PhotoId = id,
            TerritoryCode = code,
            TreeId = treeId,
            ReportId = reportId,
            UserId = userId,
            Status = publishAtOnce ? TreePhotoStatus.Published : TreePhotoStatus.Pending,
        }, db => audit.Add(db, actor, "arbres.photo.ajouter", code, id.ToString(), new { treeId, reportId, authorName }), cancellationToken);
    }
}
