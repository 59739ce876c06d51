using CoeurDeVille.Storage.Accounts;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// A person's observations in their data export, and their erasure: submissions stay as anonymous facts (no account,
/// no name; the atlas copy never had a name), their comments and descriptions go; photos are deleted by the shared
/// photo handler (a photo is the author's work).
/// </summary>
public sealed class SubmissionPersonalData(SubmissionStore store) : IPersonalDataHandler
{
    public string Label => "observations";

    public async Task<object?> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        var mine = await store.OfUserEverywhereAsync(userId, cancellationToken);
        return mine.Select(s => new
        {
            s.Id, territoire = s.TerritoryCode, taxon = s.TaxonName, cdNom = s.CdNom, description = s.UnknownDescription,
            latitude = s.Latitude, longitude = s.Longitude, commune = s.Insee, date = s.Day, nombre = s.Count, commentaire = s.Comment,
            envoyeeLe = s.SubmittedAt, niveauValidation = ValidationLevels.Label(s.Level), commentaireExpert = s.ValidationComment,
        }).ToList();
    }

    public Task EraseAsync(string userId, CancellationToken cancellationToken = default) => store.AnonymiseUserAsync(userId, cancellationToken);
}
