using System.Globalization;
using CoeurDeVille.Storage.Trees;
using CoeurDeVille.Storage.Trees.Community;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// The public activity of a territory's trees community, newest first: reports opened and closed, adoptions,
/// waterings, accepted planting proposals and the agents' interventions. People appear by pseudonym; agents as
/// « le service des espaces verts » (their account names are e-mail addresses).
/// </summary>
public sealed class ActivityFeed(TreeCommunityStore store)
{
    public const int DefaultLimit = 50;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<IReadOnlyList<ActivityItem>> LatestAsync(string code, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        var items = new List<ActivityItem>();
        string Tree(long id) => $"/territoires/{code}/arbres/{id}";
        foreach (var r in await store.LatestReportsAsync(code, limit, cancellationToken))
        {
            var what = ReportCategories.LabelOf(r.Category).ToLowerInvariant();
            items.Add(new($"signalement-{r.Id}", r.CreatedAt, "signalement",
                $"{Pseudonyms.Shown(r.ReporterName)} signale « {what} » sur l'arbre n° {r.TreeId}", $"{Tree(r.TreeId)}#signalement-{r.Id}"));
            if (!ReportWorkflow.IsOpen(r.Status))
            {
                items.Add(new($"signalement-{r.Id}-clos", r.UpdatedAt, "signalement-clos",
                    $"Signalement « {what} » sur l'arbre n° {r.TreeId} {(r.Status == TreeReportStatus.Done ? "traité" : "rejeté")}", $"{Tree(r.TreeId)}#signalement-{r.Id}"));
            }
        }

        foreach (var a in await store.LatestAdoptionsAsync(code, limit, cancellationToken))
        {
            items.Add(new($"adoption-{a.Id}", a.AdoptedAt, "adoption", $"{Pseudonyms.Shown(a.Pseudonym)} adopte l'arbre n° {a.TreeId}", $"{Tree(a.TreeId)}#adoption"));
        }

        foreach (var w in await store.LatestWateringsAsync(code, limit, cancellationToken))
        {
            items.Add(new($"arrosage-{w.Id}", w.RecordedAt, "arrosage",
                $"{Pseudonyms.Shown(w.Pseudonym)} arrose l'arbre n° {w.TreeId} ({w.Litres.ToString(French)} L, le {w.Date.ToString("d MMMM", French)})", $"{Tree(w.TreeId)}#adoption"));
        }

        foreach (var p in await store.ProposalsAsync(code, PlantingProposalStatus.Accepted, limit, cancellationToken))
        {
            items.Add(new($"proposition-{p.Id}", p.DecidedAt ?? p.CreatedAt, "plantation-acceptee",
                $"Proposition de plantation de {Pseudonyms.Shown(p.ProposerName)} acceptée", $"/territoires/{code}/arbres/proposer#proposition-{p.Id}"));
        }

        foreach (var i in await store.LatestInterventionsAsync(code, limit, cancellationToken))
        {
            var kind = i.Kind switch { TreeInterventionKind.Pruning => "Élagage", TreeInterventionKind.Felling => "Abattage", _ => "Plantation" };
            items.Add(new($"intervention-{i.Id}", i.RecordedAt, "intervention",
                $"{kind} de l'arbre n° {i.TreeId} par le service des espaces verts (le {i.Date.ToString("d MMMM yyyy", French)})", Tree(i.TreeId)));
        }

        return [.. items.OrderByDescending(i => i.At).ThenByDescending(i => i.Id, StringComparer.Ordinal).Take(limit)];
    }
}
