using CoeurDeVille.Storage.Extracts;
using CoeurDeVille.Web.Extractor.Refresh;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Extracteur;

/// <summary>History of a published extraction: versions with dates, diff counts and a sample of changed rows.</summary>
public sealed class HistoriqueModel(ExtractPublicationStore store) : PageModel
{
    public string Code { get; private set; } = "";

    public string DatasetId { get; private set; } = "";

    public PublishedExtraction? Definition { get; private set; }

    public IReadOnlyList<DatasetVersionView> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string id, CancellationToken cancellationToken)
    {
        (Code, DatasetId) = (code, id);
        Definition = await store.DefinitionAsync(code, id, cancellationToken);
        Versions = [.. (await store.VersionsAsync(code, id, cancellationToken)).Select(DatasetVersionView.From)];
        return Definition is null ? NotFound() : Page();
    }
}
