using CoeurDeVille.Modules.Biodiversity.Atlas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>Commune page: species, observations, observers, heritage and invasive species, groups, last observations.</summary>
public sealed class CommuneModel(AtlasReader atlas) : PageModel
{
    public string Code { get; private set; } = "";

    public CommuneAtlas Commune { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string insee, CancellationToken cancellationToken)
    {
        Code = code;
        if (await atlas.CommuneAsync(code, insee, cancellationToken) is not { } commune)
        {
            return NotFound();
        }

        Commune = commune;
        return Page();
    }
}
