using System.Globalization;
using CoeurDeVille.Modules.Trees.Community;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.Modules.Trees.Web;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Trees.Community;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres.Communaute;

/// <summary>
/// Propose a place for a new tree: a click on the map (or latitude and longitude typed without JavaScript), a reason,
/// an optional species. The position must fall in the territory's tree layer extent when there is one (a loose check
/// against typing mistakes; agents judge the rest). Accepted proposals are listed and drawn as their own layer.
/// </summary>
[HostedTerritoryOnly]
[EnableRateLimiting(CommunityLimits.PublicWritesPolicy)]
public sealed class ProposerModel(TreeCommunityStore store, CommunityAccess access, Pseudonyms pseudonyms, LayerStore layers, AuditLog audit) : PageModel
{
    public string Code { get; private set; } = "";

    public bool MayContribute { get; private set; }

    public string Extent { get; private set; } = "";

    public IReadOnlyList<PlantingProposal> Accepted { get; private set; } = [];

    public string? Latitude { get; private set; }

    public string? Longitude { get; private set; }

    public string? Reason { get; private set; }

    public string? Species { get; private set; }

    public string? Done { get; private set; }

    public string? Error { get; private set; }

    public Task<IActionResult> OnGetAsync(string code) => RenderAsync(code);

    public async Task<IActionResult> OnPostAsync(string code, string? latitude, string? longitude, string? raison, string? essence)
    {
        var cancel = HttpContext.RequestAborted;
        if (User.Identity?.IsAuthenticated != true)
        {
            return Redirect($"/connexion?ReturnUrl={Uri.EscapeDataString(Request.Path)}");
        }

        if (!await access.MayContributeAsync(User, code, cancel))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        (Latitude, Longitude, Reason, Species) = (latitude, longitude, raison, essence);
        if (!double.TryParse(latitude?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90)
        {
            return await RenderAsync(code, $"Latitude « {latitude} » illisible : un nombre en degrés décimaux, par exemple 44.1250.");
        }

        if (!double.TryParse(longitude?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
        {
            return await RenderAsync(code, $"Longitude « {longitude} » illisible : un nombre en degrés décimaux, par exemple 4.0810.");
        }

        var extent = (await layers.FindAsync(new(code, TreeDataset.Id), cancel))?.Extent;
        if (extent is { } e && (lon < e.MinX - 0.02 || lon > e.MaxX + 0.02 || lat < e.MinY - 0.02 || lat > e.MaxY + 0.02))
        {
            return await RenderAsync(code, $"Position {lat.ToString(CultureInfo.InvariantCulture)}, {lon.ToString(CultureInfo.InvariantCulture)} hors du territoire : touchez la carte ou vérifiez l'ordre latitude, longitude.");
        }

        var reason = raison?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > CommunityLimits.ReasonMaxLength)
        {
            return await RenderAsync(code, $"Dites en quelques mots pourquoi planter ici ({CommunityLimits.ReasonMaxLength} caractères au plus).");
        }

        var species = string.IsNullOrWhiteSpace(essence) ? null : essence.Trim();
        if (species is { Length: > CommunityLimits.SpeciesMaxLength })
        {
            return await RenderAsync(code, $"Essence trop longue : {CommunityLimits.SpeciesMaxLength} caractères au plus.");
        }

        var userId = CommunityAccess.UserIdOf(User)!;
        var actor = TreeWriters.Actor(User);
        var proposal = await store.AddProposalAsync(new PlantingProposal
        {
            TerritoryCode = code,
            Latitude = Math.Round(lat, 6),
            Longitude = Math.Round(lon, 6),
            Reason = reason,
            SuggestedSpecies = species,
            ProposerUserId = userId,
            ProposerName = await pseudonyms.OfAsync(userId, cancel),
        }, db => audit.Add(db, actor, "arbres.proposition.creer", code, null, new { lat, lon }), cancel);
        (Latitude, Longitude, Reason, Species) = (null, null, null, null);
        Done = $"Merci ! Votre proposition n° {proposal.Id} sera examinée par le service des espaces verts ; vous serez prévenu·e de sa décision.";
        return await RenderAsync(code);
    }

    private async Task<IActionResult> RenderAsync(string code, string? error = null)
    {
        var cancel = HttpContext.RequestAborted;
        Code = code;
        Error = error;
        MayContribute = await access.MayContributeAsync(User, code, cancel);
        Accepted = await store.ProposalsAsync(code, PlantingProposalStatus.Accepted, 200, cancel);
        if ((await layers.FindAsync(new(code, TreeDataset.Id), cancel))?.Extent is { } e)
        {
            Extent = string.Create(CultureInfo.InvariantCulture, $"{e.MinX},{e.MinY},{e.MaxX},{e.MaxY}");
        }

        Response.StatusCode = error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return Page();
    }
}
