using CoeurDeVille.Modules.Biodiversity.Atlas;
using CoeurDeVille.Modules.Biodiversity.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>
/// Export form: format and filters, sent as a GET to the export API (the same URL a script would use); the file
/// is streamed from there. Sensitive records are blurred before any filter, whatever is asked.
/// </summary>
public sealed class ExportModel(AtlasReader atlas) : PageModel
{
    public string Code { get; private set; } = "";

    public TerritoryAtlas Territory { get; private set; } = null!;

    public IReadOnlyList<string> Columns => SinpColumns.Names;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        if (await atlas.TerritoryAsync(code, cancellationToken) is not { } territory)
        {
            return NotFound();
        }

        Territory = territory;
        return Page();
    }
}
