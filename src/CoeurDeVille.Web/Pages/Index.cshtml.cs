using System.Globalization;
using CoeurDeVille.Web.Catalogue;
using CoeurDeVille.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CoeurDeVille.Web.Hosting.CpuGate;

namespace CoeurDeVille.Web.Pages;

/// <summary>The home page: hosted territories (filtered by the search box), instance figures, latest imports.</summary>
[CpuGate]
public sealed class IndexModel(PortalReader reader, CatalogueReader catalogue) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<HostedTerritory> Territories { get; private set; } = [];

    public IReadOnlyList<HostedTerritory> Shown { get; private set; } = [];

    public IReadOnlyList<(HostedTerritory Territory, CoeurDeVille.Core.Catalogue.Dataset Dataset)> MatchingDatasets { get; private set; } = [];

    public IReadOnlyList<RecentImport> RecentImports { get; private set; } = [];

    public int DatasetCount => Territories.Sum(t => t.Datasets);

    public double OpenShare => DatasetCount == 0 ? 0 : (double)Territories.Sum(t => t.Open) / DatasetCount;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Territories = await reader.HostedTerritoriesAsync(cancellationToken);
        RecentImports = await reader.RecentImportsAsync(null, 8, cancellationToken);
        var query = Query?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            Shown = Territories;
            return;
        }

        Shown = Territories.Where(t => Matches(t.Name, query) || t.Code.StartsWith(query, StringComparison.OrdinalIgnoreCase)).ToList();
        var datasets = new List<(HostedTerritory, CoeurDeVille.Core.Catalogue.Dataset)>();
        foreach (var territory in Territories)
        {
            var inventory = await catalogue.InventoryAsync(territory.Code, cancellationToken);
            datasets.AddRange(inventory.Datasets
                .Where(d => Matches(d.Title, query) || (d.Theme is { } theme && Matches(theme, query)) || d.Keywords.Any(k => Matches(k, query)))
                .Select(d => (territory, d)));
        }

        MatchingDatasets = datasets.Take(50).ToList();
    }

    /// <summary>Accents and case ignored: « ales » finds Alès.</summary>
    public static bool Matches(string text, string query) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, query, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
