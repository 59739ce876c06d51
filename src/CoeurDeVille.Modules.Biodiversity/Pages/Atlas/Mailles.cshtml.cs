using CoeurDeVille.Modules.Biodiversity.Atlas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>Species richness and sampling effort per cell, side by side, so a rich cell can be read against its effort.</summary>
public sealed class MaillesModel(AtlasReader atlas) : PageModel
{
    public string Code { get; private set; } = "";

    [BindProperty(SupportsGet = true, Name = "maille")]
    public int? Maille { get; set; }

    public int SizeKm { get; private set; }

    public IReadOnlyList<CellFigure> Cells { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        if (AtlasEndpoints.CellSize(Maille) is not { } size || !await atlas.HasAtlasAsync(code, cancellationToken))
        {
            return NotFound();
        }

        SizeKm = size;
        Cells = await atlas.CellsAsync(code, size, cancellationToken);
        return Page();
    }
}
