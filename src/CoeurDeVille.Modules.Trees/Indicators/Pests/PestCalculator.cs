using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Indicators.Pests;

/// <summary>Matches each standing tree's genus (and species) against the curated threat table.</summary>
public static class PestCalculator
{
    private const string Method =
        "Comptage des arbres en place dont le genre (ou l'espèce, quand la ligne de la table la précise) est hôte connu de la menace ; "
        + "un arbre d'espèce inconnue dans un genre hôte est compté exposé (lecture prudente) ; part = arbres exposés / arbres en place.";

    private const string Uncertainty =
        "Exposition potentielle, pas constat de maladie ; la table ne recense que quelques menaces vérifiées : un genre absent n'est pas réputé indemne.";

    public static PestReport Compute(IEnumerable<TreeRecord> trees, IReadOnlyList<PestThreat>? table = null)
    {
        table ??= PestTable.All;
        var standing = trees.Where(t => t.Status == TreeStatus.InPlace).ToList();
        var total = standing.Count;
        var atRisk = new HashSet<TreeRecord>(ReferenceEqualityComparer.Instance);
        var threats = new List<ThreatCount>();
        foreach (var group in table.GroupBy(t => t.Threat, StringComparer.Ordinal))
        {
            var hosts = new Dictionary<string, int>(StringComparer.Ordinal);
            var count = 0;
            foreach (var tree in standing)
            {
                if (tree.Genus is not { Length: > 0 } genus || !group.Any(t => t.Threatens(genus, tree.Species)))
                {
                    continue;
                }

                count++;
                atRisk.Add(tree);
                var host = group.Any(t => t.Species is null && t.Genus == genus) ? genus : $"{genus} {tree.Species}";
                hosts[host] = hosts.GetValueOrDefault(host) + 1;
            }

            var first = group.First();
            var sources = group.Select(t => t.Source).Distinct(StringComparer.Ordinal).ToList();
            threats.Add(new ThreatCount
            {
                Threat = first.Threat,
                Agent = first.Agent,
                Status = first.Status,
                Sources = sources,
                Hosts = [.. hosts.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).Select(h => new ClassCount(h.Key, h.Value, Share(h.Value, total)))],
                Trees = Figure.Of($"Arbres exposés : {first.Threat}", count, "arbres", Method, string.Join(" ; ", sources), Uncertainty) with { Share = Share(count, total) },
            });
        }

        return new PestReport
        {
            Threats = [.. threats.OrderByDescending(t => t.Trees.Value)],
            TreesAtRisk = Figure.Of("Arbres exposés à au moins une menace connue", atRisk.Count, "arbres", Method,
                "Table Pests/menaces.csv du module (une source par ligne : INRAE Ephytia, arrêtés et règlements, Anses, FREDON)",
                Uncertainty) with { Share = Share(atRisk.Count, total) },
            UnknownGenusCount = standing.Count(t => t.Genus is not { Length: > 0 }),
        };
    }

    internal static double Share(int count, int total) => total == 0 ? 0 : (double)count / total;
}
