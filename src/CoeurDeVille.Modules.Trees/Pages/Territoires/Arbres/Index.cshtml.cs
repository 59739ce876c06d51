using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres;

/// <summary>
/// Every standing tree of a territory: a map of the published layer's vector tiles (filters applied on the map too),
/// and the same selection as a list that works without JavaScript.
/// </summary>
public sealed class IndexModel(TreeStore store, LayerStore layers, TimeProvider timeProvider) : PageModel
{
    public const int ListLimit = 200;

    public string Code { get; private set; } = "";

    public TreeFilter Filter { get; private set; } = new(null, null, null, null, null, null);

    public int StandingCount { get; private set; }

    public IReadOnlyList<StoredTree> Matches { get; private set; } = [];

    public int MatchCount { get; private set; }

    public IReadOnlyList<string> Genera { get; private set; } = [];

    public IReadOnlyList<string> Species { get; private set; } = [];

    public IReadOnlyList<string> HealthValues { get; private set; } = [];

    public LayerInfo? Layer { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? genre, string? espece, string? sante, string? age, string? rue, string? q)
    {
        Code = code;
        var cancel = HttpContext.RequestAborted;
        var all = await store.ListAsync(code, cancel);
        var standing = all.Where(t => !t.Removed).ToList();
        if (standing.Count == 0)
        {
            return NotFound();
        }

        Today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        Filter = new TreeFilter(genre, espece, sante, age, rue, q);
        StandingCount = standing.Count;
        var matches = Filter.IsEmpty ? standing : standing.Where(t => Filter.Matches(t, Today)).ToList();
        MatchCount = matches.Count;
        Matches = [.. matches.Take(ListLimit)];
        Genera = Distinct(standing.Select(t => t.Genus));
        Species = Distinct(standing.Where(t => string.IsNullOrWhiteSpace(genre) || string.Equals(t.Genus, genre, StringComparison.OrdinalIgnoreCase)).Select(t => t.Species));
        HealthValues = Distinct(standing.Select(t => t.Health));
        Layer = await layers.FindAsync(new LayerKey(code, Publication.TreeDataset.Id), cancel);
        return Page();
    }

    private static string[] Distinct(IEnumerable<string?> values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))];
}
