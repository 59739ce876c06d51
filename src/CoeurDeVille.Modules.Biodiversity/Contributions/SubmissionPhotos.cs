using Microsoft.AspNetCore.Http;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// The photos of a submission, through the shared photo store (subject <c>observation:{id}</c>): each upload is
/// decoded, stripped of its metadata (EXIF with GPS, XMP, IPTC) and re-encoded before anything is stored; the author
/// chooses the licence. Unpublished until an expert publishes them with a decision.
/// </summary>
public sealed class SubmissionPhotos
{
    /// <summary>FOUNDATION: replaced by PhotoLicences.All.</summary>
    public static IReadOnlyList<(string Code, string Label)> Licences { get; } = [];

    /// <summary>Checks and sanitizes the uploads in memory; adds French errors under <c>photos</c> / <c>licence</c>.</summary>
    public Task<IReadOnlyList<object>> PrepareAsync(IReadOnlyList<IFormFile> files, string? licence, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(errors);
        // FOUNDATION: PhotoSanitizer + PhotoLicences plug in here.
        _ = licence;
        _ = cancellationToken;
        return Task.FromResult<IReadOnlyList<object>>([]);
    }

    public Task StoreAsync(Submission submission, string authorName, IReadOnlyList<object> prepared, CancellationToken cancellationToken)
    {
        // FOUNDATION: PhotoStore.AddAsync plugs in here.
        _ = (submission, authorName, prepared, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Publishes or withdraws the submission's photos with the expert's decision.</summary>
    public Task PublishAsync(Submission submission, bool published, CancellationToken cancellationToken)
    {
        _ = (submission, published, cancellationToken); // FOUNDATION: PhotoStore.SetPublishedAsync
        return Task.CompletedTask;
    }

    /// <summary>The ids of the submission's photos.</summary>
    public Task<IReadOnlyList<Guid>> ListAsync(Submission submission, bool publishedOnly, CancellationToken cancellationToken)
    {
        _ = (submission, publishedOnly, cancellationToken); // FOUNDATION: PhotoStore.ListAsync
        return Task.FromResult<IReadOnlyList<Guid>>([]);
    }
}
