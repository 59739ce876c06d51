using CoeurDeVille.Core.Photos;
using CoeurDeVille.Storage.Photos;
using Microsoft.AspNetCore.Http;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// The photos of a submission, through the shared photo store (subject <c>observation:{id}</c>): each upload is
/// decoded, stripped of its metadata (EXIF with GPS, XMP, IPTC) and re-encoded by <see cref="PhotoSanitizer"/> before
/// anything is stored; the author chooses the licence. Unpublished until an expert publishes them with a decision.
/// </summary>
public sealed class SubmissionPhotos(PhotoStore photos)
{
    public const int MaxPhotos = 3;

    /// <summary>Checks and sanitizes the uploads in memory; adds French errors under <c>photos</c> / <c>licence</c>.</summary>
    public async Task<IReadOnlyList<SanitizedPhoto>> PrepareAsync(IReadOnlyList<IFormFile> files, string? licence, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(errors);
        var uploads = files.Where(f => f.Length > 0).ToList();
        if (uploads.Count == 0)
        {
            return [];
        }

        if (uploads.Count > MaxPhotos)
        {
            errors["photos"] = $"{uploads.Count} photos envoyées : {MaxPhotos} au plus par observation.";
            return [];
        }

        if (!PhotoLicences.IsKnown(licence))
        {
            errors["licence"] = $"Licence « {licence} » inconnue : choisissez {string.Join(", ", PhotoLicences.All.Select(l => l.Code))}.";
            return [];
        }

        var sanitized = new List<SanitizedPhoto>();
        foreach (var file in uploads)
        {
            try
            {
                await using var stream = file.OpenReadStream();
                sanitized.Add(await PhotoSanitizer.SanitizeAsync(stream, file.FileName, cancellationToken));
            }
            catch (PhotoRejectedException rejected)
            {
                errors["photos"] = rejected.Message;
                return [];
            }
        }

        return sanitized;
    }

    public async Task StoreAsync(Submission submission, string authorName, string licence, IReadOnlyList<SanitizedPhoto> prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(prepared);
        foreach (var photo in prepared)
        {
            await photos.AddAsync(new NewPhoto(submission.TerritoryCode, submission.PhotoSubject, submission.UserId, authorName,
                PhotoLicences.Find(licence)!.Code, photo, Published: false), cancellationToken);
        }
    }

    /// <summary>Publishes or withdraws the submission's photos with the expert's decision.</summary>
    public async Task PublishAsync(Submission submission, bool published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        foreach (var photo in await photos.ListAsync(submission.TerritoryCode, submission.PhotoSubject, publishedOnly: false, cancellationToken))
        {
            await photos.SetPublishedAsync(photo.Id, published, cancellationToken);
        }
    }

    /// <summary>The submission's photos (all for moderators, published ones for the public).</summary>
    public Task<IReadOnlyList<StoredPhoto>> ListAsync(Submission submission, bool publishedOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return photos.ListAsync(submission.TerritoryCode, submission.PhotoSubject, publishedOnly, cancellationToken);
    }

    /// <summary>Deletes the photos of a submission that could not be stored.</summary>
    public async Task DeleteAsync(Submission submission, CancellationToken cancellationToken)
    {
        foreach (var photo in await ListAsync(submission, publishedOnly: false, cancellationToken))
        {
            await photos.DeleteAsync(photo.Id, cancellationToken);
        }
    }
}
