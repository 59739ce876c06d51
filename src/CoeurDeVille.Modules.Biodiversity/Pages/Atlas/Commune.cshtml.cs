using CoeurDeVille.Modules.Biodiversity.Atlas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>Commune page: figures, heritage and invasive species, groups, then taxa and last observations by pages (sortable).</summary>
public sealed class CommuneModel(AtlasReader atlas) : PageModel
{
    public string Code { get; private set; } = "";

    public CommunePage Commune { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string insee, string? tri, int? page, int? dernieres, CancellationToken cancellationToken)
    {
        Code = code;
        if (await atlas.CommunePageAsync(code, insee, tri, page ?? 1, dernieres ?? 1, cancellationToken) is not { } commune)
        {
            return NotFound();
        }

        Commune = commune;
        return Page();
    }
}
