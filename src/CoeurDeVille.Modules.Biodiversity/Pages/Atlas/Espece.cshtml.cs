using CoeurDeVille.Modules.Biodiversity.Atlas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>Species page: statuses, phenology by month and the map of its 10 km or 1 km INPN cells.</summary>
public sealed class EspeceModel(AtlasReader atlas, Contributions.SubmissionStore submissions, Contributions.SubmissionPhotos photos) : PageModel
{
    public string Code { get; private set; } = "";

    [BindProperty(SupportsGet = true, Name = "maille")]
    public int? Maille { get; set; }

    public SpeciesAtlas Species { get; private set; } = null!;

    /// <summary>Published photos of validated participatory observations of the taxon (level ≤ 2 only), newest first.</summary>
    public IReadOnlyList<Storage.Photos.StoredPhoto> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int cdRef, CancellationToken cancellationToken)
    {
        Code = code;
        if (AtlasEndpoints.CellSize(Maille) is not { } size || await atlas.SpeciesAsync(code, cdRef, size, cancellationToken) is not { } species)
        {
            return NotFound();
        }

        Species = species;
        var published = new List<Storage.Photos.StoredPhoto>();
        foreach (var submission in await submissions.WithPublishedPhotosAsync(code, cdRef, 12, cancellationToken))
        {
            published.AddRange(await photos.ListAsync(submission, publishedOnly: true, cancellationToken));
        }

        Photos = published;
        return Page();
    }
}
