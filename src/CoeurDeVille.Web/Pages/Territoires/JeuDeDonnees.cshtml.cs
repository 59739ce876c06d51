using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Web.Catalogue;
using CoeurDeVille.Web.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Territoires;

/// <summary>A dataset's page: its metadata with French labels, its distributions, and the layer preview once served.</summary>
public sealed class JeuDeDonneesModel(CatalogueReader catalogue, TerritoryNames names) : PageModel
{
    public Dataset? Dataset { get; private set; }

    public string TerritoryCode { get; private set; } = "";

    public string TerritoryName { get; private set; } = "";

    public LayerPreview? Preview { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public async Task OnGetAsync(string code, string id, CancellationToken cancellationToken)
    {
        TerritoryCode = code;
        if (!CatalogueIdentifiers.IsTerritoryCode(code) || !CatalogueIdentifiers.IsDatasetId(id))
        {
            NotFound("Cette adresse n'est pas valide : code de territoire ou identifiant de jeu de données mal formé.");
            return;
        }

        var inventory = await catalogue.InventoryAsync(code, cancellationToken);
        Dataset = inventory.Datasets.FirstOrDefault(d => d.Id == id);
        if (Dataset is null)
        {
            NotFound($"Aucun jeu de données « {id} » dans l'inventaire du territoire {code}.");
            return;
        }

        TerritoryName = (await names.NamesAsync([code], cancellationToken))[code];
        // The layer API (another feature) will say whether this dataset has a layer; until it is merged, none has.
        Preview = new LayerPreview(code, id, Available: false, Geographic: false);
    }

    private void NotFound(string message)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        NotFoundMessage = message;
    }
}
