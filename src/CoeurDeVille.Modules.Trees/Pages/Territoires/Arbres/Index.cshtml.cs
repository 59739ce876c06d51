using CoeurDeVille.Modules.Trees.Dashboard;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres;

/// <summary>
/// Every standing tree of a territory: a map of the published layer's vector tiles (filters applied on the map too),
/// and the same selection as a list that works without JavaScript.
/// </summary>
public sealed class IndexModel(TreeInventoryCache inventories, LayerStore layers) : PageModel
{
    /// <summary>Rows per page of the list: a phone parses and lays out the page before the map starts.</summary>
    public const int ListLimit = 50;

    /// <summary>The list's page, from 1.</summary>
    public int ListPage { get; private set; } = 1;

    public int PageCount => Math.Max(1, (MatchCount + ListLimit - 1) / ListLimit);

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

    public async Task<IActionResult> OnGetAsync(string code, string? genre, string? espece, string? sante, string? age, string? rue, string? q,
        [FromQuery(Name = "page")] int? listPage) // « page » is also Razor Pages' route value: read from the query only
    {
        Code = code;
        var cancel = HttpContext.RequestAborted;
        if (await inventories.GetAsync(code, cancel) is not { } snapshot || snapshot.Standing.Count == 0)
        {
            return NotFound();
        }

        var standing = snapshot.Standing;
        Today = snapshot.Today;
        Filter = new TreeFilter(genre, espece, sante, age, rue, q);
        StandingCount = standing.Count;
        var matches = Filter.IsEmpty ? standing : standing.Where(t => Filter.Matches(t, Today)).ToList();
        MatchCount = matches.Count;
        ListPage = Math.Clamp(listPage ?? 1, 1, PageCount);
        Matches = [.. matches.Skip((ListPage - 1) * ListLimit).Take(ListLimit)];
        Genera = snapshot.Genera;
        Species = snapshot.SpeciesOf(genre);
        HealthValues = snapshot.HealthValues;
        Layer = await layers.FindAsync(new LayerKey(code, Publication.TreeDataset.Id), cancel);
        return Page();
    }

    /// <summary>This page's address with the same filters and another list page.</summary>
    public string PageUrl(int listPage)
    {
        var query = Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page={listPage}"));
        return $"/territoires/{Uri.EscapeDataString(Code)}/arbres?{string.Join('&', query)}";
    }
}
