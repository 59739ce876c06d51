using CoeurDeVille.Storage.Accounts;

namespace CoeurDeVille.Storage.Photos;

/// <summary>A person's photos in their data export; deleted with their account (a photo is their work, not a fact).</summary>
public sealed class PhotoPersonalData(PhotoStore photos) : IPersonalDataHandler
{
    public string Label => "photos";

    public async Task<object?> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        var mine = await photos.OfAuthorAsync(userId, cancellationToken);
        return mine.Select(p => new { p.Id, territoire = p.TerritoryCode, sujet = p.Subject, licence = p.Licence, publiee = p.Published, date = p.CreatedAt })
            .ToList();
    }

    public Task EraseAsync(string userId, CancellationToken cancellationToken = default) =>
        photos.DeleteOfAuthorAsync(userId, cancellationToken);
}
