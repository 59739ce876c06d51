using CoeurDeVille.Core.Uploads;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Territoires;

/// <summary>A territory's look: display name, slug, colours (RGAA contrast checked) and logo (sniffed, 512 KB at most).</summary>
[Authorize(Policy = AccountPolicies.EditTerritory)]
public sealed class ApparenceModel(HostedTerritoryStore store, UploadInspector inspector) : PageModel
{
    private const long MaxLogoBytes = 512 * 1024;

    public HostedTerritory Territory { get; private set; } = null!;

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    public string Invalid(string field) => Errors.Any(e => e.Field == field) ? "true" : "false";

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await store.FindAsync(code, HttpContext.RequestAborted) is not { } territory)
        {
            return NotFound();
        }

        Territory = territory;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string? nomAffiche, string? nomCourt, string? couleurPrincipale, string? couleurSecondaire, IFormFile? logo)
    {
        var cancel = HttpContext.RequestAborted;
        if (await store.FindAsync(code, cancel) is not { } territory)
        {
            return NotFound();
        }

        (byte[], string)? image = null;
        if (logo is { Length: > 0 })
        {
            var logoInspector = new UploadInspector(Math.Min(MaxLogoBytes, inspector.MaxBytes));
            await using var stream = logo.OpenReadStream();
            var inspection = await logoInspector.InspectAsync(stream, logo.FileName, [UploadKind.Png, UploadKind.Jpeg, UploadKind.Svg], cancel);
            if (!inspection.IsAccepted)
            {
                Territory = territory;
                Errors = [("logo", inspection.Problem!)];
                return Page();
            }

            using var copy = new MemoryStream();
            stream.Position = 0;
            await stream.CopyToAsync(copy, cancel);
            image = (copy.ToArray(), inspection.MediaType);
        }

        var errors = await store.UpdateLookAsync(code, nomAffiche, Blank(nomCourt), Blank(couleurPrincipale), Blank(couleurSecondaire), image, AuditActors.From(User), cancel);
        Territory = await store.FindAsync(code, cancel) ?? territory;
        Errors = errors.Select(e => (FieldOf(e), e)).ToList();
        Saved = errors.Count == 0;
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FieldOf(string message) =>
        message.StartsWith("Couleur principale", StringComparison.Ordinal) ? "couleur-principale"
        : message.StartsWith("Couleur secondaire", StringComparison.Ordinal) ? "couleur-secondaire"
        : message.StartsWith("Nom court", StringComparison.Ordinal) ? "nom-court"
        : "nom-affiche";
}
