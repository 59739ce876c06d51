using CoeurDeVille.Modules.Biodiversity.Atlas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>Species page: statuses, phenology by month and the map of its 10 km or 1 km INPN cells.</summary>
public sealed class EspeceModel(AtlasReader atlas) : PageModel
{
    public string Code { get; private set; } = "";

    [BindProperty(SupportsGet = true, Name = "maille")]
    public int? Maille { get; set; }

    public SpeciesAtlas Species { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int cdRef, CancellationToken cancellationToken)
    {
        Code = code;
        if (AtlasEndpoints.CellSize(Maille) is not { } size || await atlas.SpeciesAsync(code, cdRef, size, cancellationToken) is not { } species)
        {
            return NotFound();
        }

        Species = species;
        return Page();
    }
}
