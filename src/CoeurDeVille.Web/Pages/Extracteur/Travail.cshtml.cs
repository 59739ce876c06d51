using CoeurDeVille.Web.Extractor;
using CoeurDeVille.Web.Extractor.Jobs;
using CoeurDeVille.Web.Extractor.Publication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Extracteur;

/// <summary>A job's page: state and progress (refreshed while running), then files and the publication form.</summary>
public sealed class TravailModel(ExtractionJobQueue queue, ExtractorPublicationFlow flow) : PageModel
{
    public ExtractionJob? Job { get; private set; }

    [BindProperty(Name = "territoires")]
    public string? Territories { get; set; }

    [BindProperty(Name = "frequence")]
    public string? Schedule { get; set; }

    public IReadOnlyList<PublishedVersion> Published { get; private set; } = [];

    public string? Error { get; private set; }

    public IActionResult OnGet(string id)
    {
        Job = queue.Find(id);
        return Job is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        Job = queue.Find(id);
        if (Job is null)
        {
            return NotFound();
        }

        try
        {
            Published = await flow.PublishAsync(Job, [Territories ?? ""], Schedule, User, ExtractorEndpoints.BaseOf(Request), cancellationToken);
        }
        catch (PublicationRefusedException e)
        {
            Error = e.Message;
            Response.StatusCode = e.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
