using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Web.Catalogue;
using CoeurDeVille.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CoeurDeVille.Web.Hosting.CpuGate;

namespace CoeurDeVille.Web.Pages.Territoires;

/// <summary>A dataset's page: its metadata with French labels, its distributions, and — when it has a layer — a sortable, filterable table, a map and downloads.</summary>
[CpuGate]
public sealed class JeuDeDonneesModel(CatalogueReader catalogue, TerritoryNames names, LayerStore layers) : PageModel
{
    public Dataset? Dataset { get; private set; }

    public string TerritoryCode { get; private set; } = "";

    public string TerritoryName { get; private set; } = "";

    public LayerPreview? Preview { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public LayerTable? Table { get; private set; }

    // « page » is also Razor Pages' own route value (the page's path): bound from the route first, it failed to convert
    // on every view, and the two exceptions cost a third of the page's CPU. [FromQuery] reads only the query string.
    public async Task OnGetAsync(string code, string id, string? tri, string? ordre, string? filtre, [FromQuery] int? page, CancellationToken cancellationToken)
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
        var layer = await layers.FindAsync(new LayerKey(code, id), cancellationToken);
        Preview = new LayerPreview(code, id, Available: layer is not null, Geographic: layer?.Extent is not null);
        if (layer is not null)
        {
            Table = await LayerTable.ReadAsync(layers, layer, tri, ordre, filtre, page ?? 1, cancellationToken);
        }
    }

    private void NotFound(string message)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        NotFoundMessage = message;
    }
}
