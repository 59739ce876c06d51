using CoeurDeVille.Modules.Biodiversity.Contributions;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>
/// Submission of an observation from a phone (issue 6 item 3). Works as a plain form (name typed, latitude and
/// longitude fields); the script adds the autocomplete, a map to tap and « Ma position ». Members of the territory
/// only; an anonymous visitor gets links to sign up or sign in that come back here. Every refusal stores nothing.
/// </summary>
[EnableRateLimiting(ContributionAccess.PublicWrites)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxPhotos * MaxPhotoBytes + 1_000_000)]
[RequestSizeLimit(MaxPhotos * MaxPhotoBytes + 1_000_000)]
public sealed class ContribuerModel(HostedTerritories hosted, 
    SubmissionRules rules, Contributors contributors, SubmissionStore store, SubmissionPhotos photoStore, TerritoryPermissions permissions, AuditLog audit, IConfiguration configuration) : PageModel
{
    public const int MaxPhotos = SubmissionPhotos.MaxPhotos;
    public const int MaxPhotoBytes = (int)Core.Photos.PhotoSanitizer.MaxBytes;

    public string Code { get; private set; } = "";

    public bool SignedIn { get; private set; }

    public bool MayContribute { get; private set; }

    [BindProperty]
    public SubmissionForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<TaxonSuggestion> Candidates { get; private set; } = [];

    public string? BackgroundStyle => configuration["Cdv:Carte:FondStyleUrl"];

    public string ReturnUrl => $"/territoires/{Uri.EscapeDataString(Code)}/atlas/contribuer";

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, List<IFormFile>? photos)
    {
        var cancel = HttpContext.RequestAborted;
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        if (!MayContribute)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var userId = ContributionAccess.UserId(User)!;
        var author = await contributors.PseudonymAsync(userId, cancel);
        var (submission, errors, candidates) = await rules.CheckAsync(code, userId, author, Form, cancel);
        var all = new Dictionary<string, string>(errors, StringComparer.Ordinal);
        var files = photos ?? [];
        var prepared = await photoStore.PrepareAsync(files, Form.Licence, all, cancel);
        if (all.Count > 0 || submission is null)
        {
            Errors = all;
            Candidates = candidates;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var stored = await store.AddAsync(submission, cancel);
        try
        {
            await photoStore.StoreAsync(stored, author, Form.Licence!, prepared, cancel);
        }
        catch
        {
            await photoStore.DeleteAsync(stored, CancellationToken.None);
            await store.DeleteAsync(code, stored.Id, CancellationToken.None);
            throw;
        }

        await audit.RecordAsync(ContributionAccess.Actor(User), "biodiversite.contribution", code, stored.Id,
            new { stored.CdNom, stored.Day, stored.Count, photos = prepared.Count, inconnue = stored.CdNom is null }, cancel);
        return Redirect($"/territoires/{Uri.EscapeDataString(code)}/atlas/mes-observations?envoyee={stored.Id}");
    }

    private async Task<bool> LoadAsync(string code)
    {
        Code = code;
        if (!await hosted.IsHostedAsync(code, HttpContext.RequestAborted))
        {
            return false;
        }

        SignedIn = User.Identity?.IsAuthenticated == true;
        MayContribute = SignedIn && await ContributionAccess.MayContributeAsync(User, permissions, code, HttpContext.RequestAborted);
        return true;
    }
}
