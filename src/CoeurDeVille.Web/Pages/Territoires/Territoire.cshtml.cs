using CoeurDeVille.Web.Catalogue;
using CoeurDeVille.Web.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CoeurDeVille.Web.Hosting.CpuGate;

namespace CoeurDeVille.Web.Pages.Territoires;

/// <summary>A territory's page: map, key figures, datasets by theme, latest imports, catalogue links.</summary>
[CpuGate]
public sealed class TerritoireModel(PortalReader reader) : PageModel
{
    public TerritoryOverview? Overview { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Overview = CatalogueIdentifiers.IsTerritoryCode(code) ? await reader.OverviewAsync(code, cancellationToken) : null;
        if (Overview is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            NotFoundMessage = CatalogueIdentifiers.IsTerritoryCode(code)
                ? $"Le territoire {code} n'est pas hébergé sur cette instance."
                : "Ce code de territoire n'est pas valide : un code INSEE de commune (5 caractères) ou un SIREN d'EPCI (9 chiffres) est attendu.";
        }
    }
}
