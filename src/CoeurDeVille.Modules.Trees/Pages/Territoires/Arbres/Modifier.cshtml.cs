using System.Globalization;
using CoeurDeVille.Modules.Trees.Editing;
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
/// The edit form of one tree, for the territory's agents: every schema-arbre field (and the health), checked by the
/// schema-arbre Table Schema like an import, saved as a new version with its author and an audit entry (same
/// transaction), then the layer is published again. Errors are shown by field and nothing is stored.
/// </summary>
public sealed class ModifierModel(TreeStore store, TreeInventoryPublisher publisher, TerritoryPermissions permissions, AuditLog audit) : PageModel
{
    public static IReadOnlyList<string> HealthValues { get; } = ["bon", "moyen", "mauvais", "mort"];

    public string Code { get; private set; } = "";

    public long TreeId { get; private set; }

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public string? Health { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string code, long treeId)
    {
        if (!await TreeWriters.MayWriteAsync(User, permissions, code, HttpContext.RequestAborted))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await store.FindAsync(code, treeId, HttpContext.RequestAborted) is not { } tree)
        {
            return NotFound();
        }

        (Code, TreeId, Values, Health) = (code, treeId, TreeFields.Cells(tree), tree.Health);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, long treeId, string? etat)
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

        string? Posted(string name) => Request.Form.TryGetValue(name, out var value) ? value.ToString() : null;
        var errors = new Dictionary<string, string>(TreeEditCheck.Check(treeId, Posted), StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(etat) && !HealthValues.Contains(etat.Trim()))
        {
            errors["etat"] = $"État sanitaire : « {etat} » refusé — attendu bon, moyen, mauvais ou mort (ou vide).";
        }

        if (errors.Count > 0)
        {
            (Code, TreeId, Health, Errors) = (code, treeId, etat, errors);
            Values = TreeFields.All.ToDictionary(f => f.Name, f => Posted(f.Name) ?? "", StringComparer.Ordinal);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var actor = TreeWriters.Actor(User);
        var target = treeId.ToString(CultureInfo.InvariantCulture);
        var changed = await store.EditAsync(code, treeId, TreeEditCheck.Edit(treeId, Posted, etat), actor.Name, actor.UserId, cancel,
            (db, changes) => audit.Add(db, actor, "arbres.modification", code, target, new { champs = changes }));
        if (changed.Count > 0)
        {
            await publisher.PublishAsync(code, cancel); // the map shows the new species, size or position
        }

        return Redirect($"/territoires/{code}/arbres/{target}?modifie={changed.Count}");
    }
}
