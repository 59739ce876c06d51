using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Indicators.Pests;
using CoeurDeVille.Modules.Trees.Indicators.Pollen;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Taxonomy;

namespace CoeurDeVille.Modules.Trees.Indicators.Planting;

/// <summary>
/// Spreads N new trees over the curated species so that, counted over the standing trees plus the N planted, no species
/// passes 10 %, no genus 20 %, no family 30 % (Santamour). Each tree goes to the allowed species whose genus is the
/// rarest so far (then family, then species, then name: deterministic). Species a known threat hosts (the table's
/// tolerant species are spared) or with a strong allergenic pollen are left out.
/// </summary>
public static class PlantingAdvisor
{
    public const string Method =
        "Répartition gloutonne des N arbres à planter entre les essences de la liste : chaque arbre va à l'essence autorisée dont le genre est le moins représenté "
        + "(puis la famille, puis l'espèce) ; une essence est autorisée si, comptée sur les arbres en place + N, son espèce reste ≤ 10 %, son genre ≤ 20 % et sa famille ≤ 30 % "
        + "(règle 10-20-30 de Santamour) ; essences exclues : hôtes d'une menace connue (table des menaces, espèces peu sensibles épargnées), potentiel allergisant fort (RNSA).";

    public static PlantingReport Suggest(IEnumerable<TreeRecord> trees, int count, IReadOnlyList<PlantingCandidate>? candidates = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        candidates ??= PlantingList.All;
        var standing = trees.Where(t => t.Status == TreeStatus.InPlace).ToList();
        var species = Counts(standing.Select(t => t.ScientificName));
        var genera = Counts(standing.Select(t => t.Genus));
        var families = Counts(standing.Select(DiversityCalculator.FamilyOf));
        var before = Largest(genera, standing.Count);

        var excluded = new List<ExcludedCandidate>();
        var allowed = new List<PlantingCandidate>();
        foreach (var candidate in candidates)
        {
            var threats = PestTable.All.Where(t => t.Threatens(candidate.Genus, candidate.Species)).Select(t => t.Threat).Distinct().ToList();
            if (threats.Count > 0)
            {
                excluded.Add(new(candidate, $"{candidate.ScientificName} hôte d'une menace connue ({string.Join(", ", threats)})"));
            }
            else if (PollenTable.For(candidate.Genus, candidate.Species) == PollenPotential.Strong)
            {
                excluded.Add(new(candidate, "potentiel allergisant fort (RNSA)"));
            }
            else
            {
                allowed.Add(candidate);
            }
        }

        var total = standing.Count + count;
        var planted = new Dictionary<PlantingCandidate, int>();
        var unplaced = 0;
        for (var i = 0; i < count; i++)
        {
            var choice = allowed
                .Where(c => Fits(species, c.ScientificName, SantamourRule.ThresholdOf(TaxonLevel.Species), total)
                    && Fits(genera, c.Genus, SantamourRule.ThresholdOf(TaxonLevel.Genus), total)
                    && (FamilyTable.FamilyOf(c.Genus) is not { } f || Fits(families, f, SantamourRule.ThresholdOf(TaxonLevel.Family), total)))
                .OrderBy(c => genera.GetValueOrDefault(c.Genus))
                .ThenBy(c => FamilyTable.FamilyOf(c.Genus) is { } f ? families.GetValueOrDefault(f) : 0)
                .ThenBy(c => species.GetValueOrDefault(c.ScientificName))
                .ThenBy(c => c.ScientificName, StringComparer.Ordinal)
                .FirstOrDefault();
            if (choice is null)
            {
                unplaced++;
                continue;
            }

            planted[choice] = planted.GetValueOrDefault(choice) + 1;
            species[choice.ScientificName] = species.GetValueOrDefault(choice.ScientificName) + 1;
            genera[choice.Genus] = genera.GetValueOrDefault(choice.Genus) + 1;
            if (FamilyTable.FamilyOf(choice.Genus) is { } family)
            {
                families[family] = families.GetValueOrDefault(family) + 1;
            }
        }

        double Share(int n) => total == 0 ? 0 : (double)n / total;
        var after = Largest(genera, total);
        const string source = SantamourRule.Citation + " ; liste d'essences : Planting/essences-conseillees.csv (source par essence)";
        return new PlantingReport
        {
            Requested = count,
            Suggestions = [.. planted.OrderByDescending(p => p.Value).ThenBy(p => p.Key.ScientificName, StringComparer.Ordinal).Select(p =>
            {
                var family = FamilyTable.FamilyOf(p.Key.Genus);
                return new PlantingSuggestion(p.Key, family, p.Value, Share(species[p.Key.ScientificName]), Share(genera[p.Key.Genus]), family is null ? 0 : Share(families[family]));
            })],
            Unplaced = unplaced,
            Excluded = excluded,
            LargestGenusShareBefore = Figure.Of($"Genre le plus représenté avant plantation : {before.Name}", before.Share, "part", "Effectif du genre / arbres en place", SantamourRule.Citation),
            LargestGenusShareAfter = Figure.Of($"Genre le plus représenté après plantation : {after.Name}", after.Share, "part", $"Effectif du genre / (arbres en place + {count})", source,
                "Suppose que les plantations s'ajoutent aux arbres en place (aucun abattage compté)."),
            Method = Method,
        };
    }

    private static bool Fits(Dictionary<string, int> counts, string name, double threshold, int total) =>
        (double)(counts.GetValueOrDefault(name) + 1) / total <= threshold;

    private static Dictionary<string, int> Counts(IEnumerable<string?> names)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name is { Length: > 0 })
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        return counts;
    }

    private static (string Name, double Share) Largest(Dictionary<string, int> counts, int total) =>
        counts.Count == 0 || total == 0 ? ("aucun", 0) : counts.MaxBy(p => p.Value) is var max ? (max.Key, (double)max.Value / total) : default;
}
