using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres;

/// <summary>
/// Decision support: diversity by species, genus and family against Santamour's 10-20-30 rule with alerts, age and
/// size structure, health — every figure computed from the stored inventory, with its method and source.
/// </summary>
public sealed class TableauDeBordModel(TreeStore store, TimeProvider timeProvider) : PageModel
{
    public static readonly (string Label, double Max)[] DiameterClasses =
        [("moins de 20 cm", 20), ("20 à 40 cm", 40), ("40 à 60 cm", 60), ("60 à 80 cm", 80), ("80 cm et plus", double.MaxValue)];

    public string Code { get; private set; } = "";

    public DiversityReport Report { get; private set; } = null!;

    public IReadOnlyList<(string Class, int Count)> Ages { get; private set; } = [];

    public IReadOnlyList<(string Class, int Count)> Diameters { get; private set; } = [];

    public int DiameterUnknown { get; private set; }

    public IReadOnlyList<(string Health, int Count)> Health { get; private set; } = [];

    public int Standing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        Code = code;
        var all = await store.ListAsync(code, HttpContext.RequestAborted);
        if (all.Count == 0)
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        Report = DiversityCalculator.Compute(all.Select(StoredTrees.ToRecord));
        var standing = all.Where(t => !t.Removed).ToList();
        Standing = standing.Count;
        Ages = [.. AgeClass.All.Select(a => (a, standing.Count(t => AgeClass.Of(t, today) == a)))];
        var measured = standing.Where(t => t.DiameterCm is > 0).Select(t => t.DiameterCm!.Value).ToList();
        DiameterUnknown = Standing - measured.Count;
        var lower = 0.0;
        var classes = new List<(string, int)>();
        foreach (var (label, max) in DiameterClasses)
        {
            var from = lower;
            classes.Add((label, measured.Count(d => d >= from && d < max)));
            lower = max;
        }

        Diameters = classes;
        Health = [.. standing.GroupBy(t => t.Health ?? "non évalué").OrderByDescending(g => g.Count()).Select(g => (g.Key, g.Count()))];
        return Page();
    }
}
