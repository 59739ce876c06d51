using System.Globalization;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.Modules.Trees.Web;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres;

/// <summary>
/// One tree: names, dimensions in the schema's units, health, interventions and the history of its changes. Agents
/// of the territory log an intervention here (antiforgery, audit entry); anyone else reads only, and a post from
/// someone else is refused with 403 where it lands.
/// </summary>
public sealed class ArbreModel(TreeStore store, TreeInventoryPublisher publisher, TerritoryPermissions permissions, AuditLog audit) : PageModel
{
    public static readonly IReadOnlyDictionary<string, TreeInterventionKind> Kinds = new Dictionary<string, TreeInterventionKind>
    {
        ["elagage"] = TreeInterventionKind.Pruning,
        ["abattage"] = TreeInterventionKind.Felling,
        ["plantation"] = TreeInterventionKind.Planting,
    };

    public string Code { get; private set; } = "";

    public StoredTree Tree { get; private set; } = null!;

    public string? Family { get; private set; }

    public IReadOnlyList<TreeIntervention> Interventions { get; private set; } = [];

    public IReadOnlyList<TreeVersion> Versions { get; private set; } = [];

    public bool MayWrite { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public static string Label(TreeInterventionKind kind) => kind switch
    {
        TreeInterventionKind.Pruning => "Élagage",
        TreeInterventionKind.Felling => "Abattage",
        _ => "Plantation",
    };

    public static string Label(TreeChangeKind kind) => kind switch
    {
        TreeChangeKind.Created => "Création (import)",
        TreeChangeKind.Imported => "Mise à jour (import)",
        TreeChangeKind.Edited => "Modification",
        _ => "Intervention",
    };

    /// <summary>The day the page shows the tree as it was (« ?date=AAAA-MM-JJ »), null for today.</summary>
    public DateOnly? PastDate { get; private set; }

    public IReadOnlyList<Editing.TreeHistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, long treeId, string? date, int? modifie)
    {
        if (date is { Length: > 0 })
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                Error = $"Date « {date} » illisible : attendue au format AAAA-MM-JJ (par exemple 2025-03-14).";
                return await RenderAsync(code, treeId, StatusCodes.Status400BadRequest);
            }

            PastDate = day;
        }

        if (modifie is { } count)
        {
            Done = count == 0 ? "Aucun champ modifié : rien n'a été enregistré." : $"Modification enregistrée ({count} champ(s)).";
        }

        return await RenderAsync(code, treeId);
    }

    public async Task<IActionResult> OnPostInterventionAsync(string code, long treeId, string? nature, string? date, string? commentaire)
    {
        var cancel = HttpContext.RequestAborted;
        if (!await TreeWriters.MayWriteAsync(User, permissions, code, cancel))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await store.FindAsync(code, treeId, cancel) is null)
        {
            return NotFound();
        }

        if (nature is null || !Kinds.TryGetValue(nature, out var kind))
        {
            Error = "Nature d'intervention inconnue : choisissez élagage, abattage ou plantation.";
            return await RenderAsync(code, treeId, StatusCodes.Status400BadRequest);
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Error = $"Date « {date} » illisible : attendue au format AAAA-MM-JJ (par exemple 2025-03-14).";
            return await RenderAsync(code, treeId, StatusCodes.Status400BadRequest);
        }

        var actor = TreeWriters.Actor(User);
        await store.AddInterventionAsync(new TreeIntervention
        {
            TerritoryCode = code,
            TreeId = treeId,
            Kind = kind,
            Date = day,
            UserId = actor.UserId,
            Agent = actor.Name,
            Comment = string.IsNullOrWhiteSpace(commentaire) ? null : commentaire.Trim(),
        }, db => audit.Add(db, actor, "arbres.intervention", code, treeId.ToString(CultureInfo.InvariantCulture), new { nature, date }), cancel);
        if (kind != TreeInterventionKind.Pruning)
        {
            await publisher.PublishAsync(code, cancel); // felled trees leave the map
        }

        Done = $"{Label(kind)} du {day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))} enregistré.";
        return await RenderAsync(code, treeId);
    }

    private async Task<IActionResult> RenderAsync(string code, long treeId, int status = StatusCodes.Status200OK)
    {
        var cancel = HttpContext.RequestAborted;
        Code = code;
        if (await store.FindAsync(code, treeId, cancel) is not { } tree)
        {
            return NotFound();
        }

        Interventions = await store.InterventionsAsync(code, treeId, cancel);
        Versions = await store.VersionsAsync(code, treeId, cancel);
        History = Editing.TreeHistory.Of(Versions);
        if (PastDate is { } day)
        {
            // The end of that day in Paris: the state the inventory had that evening.
            var end = Inventory.PastDates.EndOf(day);
            if (Editing.TreeHistory.StateAt(Versions, end) is not { } past)
            {
                return NotFound(); // the tree was not in the inventory yet that day
            }

            tree = past;
            Interventions = [.. Interventions.Where(i => i.Date <= day)];
            History = [.. History.Where(h => h.Version.At <= end)];
        }

        Tree = tree;
        Family = Diversity.DiversityCalculator.FamilyOf(Inventory.StoredTrees.ToRecord(tree));
        MayWrite = PastDate is null && await TreeWriters.MayWriteAsync(User, permissions, code, cancel);
        Response.StatusCode = status;
        return Page();
    }
}
