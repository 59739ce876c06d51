using CoeurDeVille.Extraction.Sources;
using CoeurDeVille.Web.Extractor;
using CoeurDeVille.Web.Extractor.Jobs;
using CoeurDeVille.Web.Extractor.Territories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Extracteur;

/// <summary>The extractor in three steps: territory, sources with preview counts and map, format then start.</summary>
public sealed class IndexModel(ExtractionService extraction, PreviewCounter previews, ExtractionJobQueue queue, ExtractorOptions options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "territoire")]
    public string? TerritoryText { get; set; }

    [BindProperty(Name = "source")]
    public string? SourceId { get; set; }

    [BindProperty(Name = "format")]
    public string? FormatId { get; set; }

    public IReadOnlyList<TerritorySearchItem> Matches { get; private set; } = [];

    public TerritoryReference? Territory { get; private set; }

    public IReadOnlyList<(SourceDescriptor Source, PreviewCount Count)> Sources { get; private set; } = [];

    public string? Error { get; private set; }

    public bool AnyPending => Sources.Any(s => s.Count.IsPending);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (job, error) = await ExtractorPublicationFlow.StartAsync(SourceId, TerritoryText, FormatId, extraction, queue, cancellationToken);
        if (job is not null)
        {
            return Redirect($"/extracteur/travaux/{job.Id}");
        }

        await LoadAsync(cancellationToken);
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var directory = await extraction.TerritoriesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Matches = [.. directory.Search(Query, 10).Select(m => TerritorySearchItem.From(directory, m))];
        }

        if (!string.IsNullOrWhiteSpace(TerritoryText))
        {
            Territory = TerritoryReference.TryParse(directory, TerritoryText, out var error);
            Error = Territory is null ? error : null;
        }

        if (Territory is not null)
        {
            var territory = Territory;
            var sources = extraction.Sources.All.ToList();
            var counts = await Task.WhenAll(sources.Select(s => previews.CountAsync(s.Id, territory, options.PreviewWait, cancellationToken)));
            Sources = [.. sources.Zip(counts)];
        }
    }
}
