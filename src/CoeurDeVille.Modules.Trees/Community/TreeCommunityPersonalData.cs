using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Trees.Community;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// The trees community's part of a person's data: export everything held about them; erase it so that reports,
/// waterings and proposals stay as anonymous facts (no account, pseudonym or free text) while comments, notes,
/// photos and adoptions go.
/// </summary>
public sealed class TreeCommunityPersonalData(TreeCommunityStore store, TreePhotoModeration photos) : IPersonalDataHandler
{
    public string Label => "arbres";

    public async Task<object?> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        var records = await store.RecordsOfAsync(userId, cancellationToken);
        if (records.Reports.Count + records.Adoptions.Count + records.Waterings.Count + records.Proposals.Count + records.Photos.Count == 0)
        {
            return null;
        }

        return new
        {
            signalements = records.Reports.Select(r => new
            {
                territoire = r.TerritoryCode, arbre = r.TreeId, categorie = ReportCategories.LabelOf(r.Category), commentaire = r.Comment,
                etat = ReportWorkflow.LabelOf(r.Status), cree = r.CreatedAt, reponse = r.Answer, pseudonyme = r.ReporterName,
            }),
            adoptions = records.Adoptions.Select(a => new { territoire = a.TerritoryCode, arbre = a.TreeId, depuis = a.AdoptedAt, pseudonyme = a.Pseudonym }),
            arrosages = records.Waterings.Select(w => new { territoire = w.TerritoryCode, arbre = w.TreeId, date = w.Date, litres = w.Litres, note = w.Note }),
            propositions = records.Proposals.Select(p => new
            {
                territoire = p.TerritoryCode, latitude = p.Latitude, longitude = p.Longitude, raison = p.Reason, essence = p.SuggestedSpecies,
                etat = p.Status.ToString(), reponse = p.Answer,
            }),
            photos = records.Photos.Select(p => new { territoire = p.TerritoryCode, arbre = p.TreeId, photo = p.PhotoId, etat = p.Status.ToString() }),
        };
    }

    public async Task EraseAsync(string userId, CancellationToken cancellationToken = default)
    {
        foreach (var photo in await store.EraseAsync(userId, cancellationToken))
        {
            await photos.DeleteAsync(photo, cancellationToken);
        }
    }
}
