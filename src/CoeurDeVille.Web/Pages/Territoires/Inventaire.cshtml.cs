using CoeurDeVille.Web.Catalogue;
using CoeurDeVille.Web.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Territoires;

/// <summary>The inventory dashboard: share open, candidates, blockers by reason, per theme — tables first, then SVG bars.</summary>
public sealed class InventaireModel(PortalReader reader) : PageModel
{
    public TerritoryOverview? Overview { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Overview = CatalogueIdentifiers.IsTerritoryCode(code) ? await reader.OverviewAsync(code, cancellationToken) : null;
        if (Overview is null || Overview.Inventory.Datasets.Count == 0)
        {
            Overview = null;
            Response.StatusCode = StatusCodes.Status404NotFound;
            NotFoundMessage = CatalogueIdentifiers.IsTerritoryCode(code)
                ? $"Le territoire {code} n'a pas d'inventaire sur cette instance."
                : "Ce code de territoire n'est pas valide : un code INSEE de commune (5 caractères) ou un SIREN d'EPCI (9 chiffres) est attendu.";
        }
    }
}
