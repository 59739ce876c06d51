using CoeurDeVille.Modules.Biodiversity.Atlas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>Atlas home of a territory: search (French/Latin name, group), groups, commune figures.</summary>
public sealed class IndexModel(AtlasReader atlas) : PageModel
{
    public string Code { get; private set; } = "";

    public TerritoryAtlas Territory { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<TaxonFigure> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        if (await atlas.TerritoryAsync(code, cancellationToken) is not { } territory)
        {
            return NotFound();
        }

        Territory = territory;
        Found = await atlas.SearchAsync(code, Query, null, false, false, 50, cancellationToken);
        return Page();
    }
}
