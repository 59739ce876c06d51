using CoeurDeVille.Modules.Biodiversity.Atlas;
using CoeurDeVille.Modules.Biodiversity.Indicators;
using CoeurDeVille.Modules.Biodiversity.Publication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>
/// Decision indicators of the territory or of a zone drawn on the map (or typed as WKT / GeoJSON), over two periods
/// or around a project date; the same query downloads as JSON or CSV from the API.
/// </summary>
public sealed class IndicateursModel(AtlasReader atlas, AtlasPublication publication) : PageModel
{
    private static readonly string[] Asked = ["zone", "commune", "periodeA", "periodeB", "projet", "calculer"];

    public string Code { get; private set; } = "";

    public TerritoryAtlas Territory { get; private set; } = null!;

    public BiodiversityIndicators? Indicators { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The query string as received, for the JSON / CSV links.</summary>
    public string Query => Request.QueryString.Value ?? "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        if (await atlas.TerritoryAsync(code, cancellationToken) is not { } territory)
        {
            return NotFound();
        }

        Territory = territory;
        if (Asked.Any(name => Request.Query.ContainsKey(name)))
        {
            (Indicators, var errors) = await IndicatorRequest.ComputeAsync(code, Request.Query, publication, cancellationToken);
            Errors = errors;
            if (errors.Count > 0)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        return Page();
    }
}
