using System.Globalization;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Taxonomy;

namespace CoeurDeVille.Modules.Trees.Diversity;

/// <summary>Counts standing trees by species, genus and family and checks each rank against Santamour's rule.</summary>
public static class DiversityCalculator
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static DiversityReport Compute(IEnumerable<TreeRecord> trees)
    {
        var standing = new List<TreeRecord>();
        var removed = 0;
        foreach (var tree in trees)
        {
            if (tree.Status == TreeStatus.InPlace)
            {
                standing.Add(tree);
            }
            else
            {
                removed++;
            }
        }

        var total = standing.Count;
        var species = Level(TaxonLevel.Species, standing.Select(t => t.ScientificName), total);
        var genus = Level(TaxonLevel.Genus, standing.Select(t => t.Genus), total);
        var family = Level(TaxonLevel.Family, standing.Select(FamilyOf), total);
        var unknownGenera = standing
            .Where(t => t.Genus is { Length: > 0 } g && FamilyTable.FamilyOf(g) is null && t.Family is null)
            .GroupBy(t => t.Genus!, StringComparer.Ordinal)
            .Select(g => new TaxonShare(g.Key, g.Count(), Share(g.Count(), total), false))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        return new DiversityReport
        {
            TreeCount = total,
            RemovedCount = removed,
            Species = species,
            Genus = genus,
            Family = family,
            UnknownGenera = unknownGenera,
            Alerts = [.. new[] { species, genus, family }.SelectMany(l => l.Exceeding.Select(t => Alert(l.Level, t)))],
        };
    }

    /// <summary>The table's family (APG IV); the source's own <c>famille_arbre</c> only for a genus the table lacks.</summary>
    public static string? FamilyOf(TreeRecord tree) =>
        (tree.Genus is { Length: > 0 } g ? FamilyTable.FamilyOf(g) : null) ?? tree.Family;

    /// <summary>« 12,3 % », « 10,02 % » — a French percentage, a second decimal when it matters (10,02 % breaks a 10 % rule).</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0#", French) + " %";

    private static LevelDiversity Level(TaxonLevel level, IEnumerable<string?> names, int total)
    {
        var unknown = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name is { Length: > 0 })
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
            else
            {
                unknown++;
            }
        }

        return new LevelDiversity
        {
            Level = level,
            Taxa = [.. counts
                .Select(p => new TaxonShare(p.Key, p.Value, Share(p.Value, total), SantamourRule.Exceeds(level, Share(p.Value, total))))
                .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)],
            UnknownCount = unknown,
            KnownShare = Share(total - unknown, total),
        };
    }

    private static double Share(int count, int total) => total == 0 ? 0 : (double)count / total;

    private static string Alert(TaxonLevel level, TaxonShare taxon) =>
        $"{char.ToUpperInvariant(SantamourRule.NameOf(level)[0])}{SantamourRule.NameOf(level)[1..]} « {taxon.Name} » : "
        + $"{Percent(taxon.Share)} des arbres en place ({taxon.Count}), au-delà du seuil de {Percent(SantamourRule.ThresholdOf(level))} (règle 10-20-30 de Santamour).";
}
