using CoeurDeVille.Modules.Trees.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres;

/// <summary>
/// Decision support: diversity by species, genus and family against Santamour's 10-20-30 rule with alerts, age and
/// size structure, health — every figure computed from the stored inventory (once per state), with its method and source.
/// </summary>
public sealed class TableauDeBordModel(TreeInventoryCache inventories) : PageModel
{
    public string Code { get; private set; } = "";

    public TreeDashboard Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        Code = code;
        if (await inventories.GetAsync(code, HttpContext.RequestAborted) is not { } snapshot)
        {
            return NotFound();
        }

        Figures = snapshot.Dashboard;
        return Page();
    }
}
