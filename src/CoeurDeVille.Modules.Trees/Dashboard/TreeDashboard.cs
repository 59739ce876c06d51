using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Dashboard;

/// <summary>The dashboard's figures for one state of an inventory: diversity (Santamour), age and size structure, health.</summary>
public sealed record TreeDashboard
{
    public static readonly (string Label, double Max)[] DiameterClasses =
        [("moins de 20 cm", 20), ("20 à 40 cm", 40), ("40 à 60 cm", 60), ("60 à 80 cm", 80), ("80 cm et plus", double.MaxValue)];

    public required DiversityReport Report { get; init; }

    public required int Standing { get; init; }

    public required IReadOnlyList<(string Class, int Count)> Ages { get; init; }

    public required IReadOnlyList<(string Class, int Count)> Diameters { get; init; }

    public required int DiameterUnknown { get; init; }

    public required IReadOnlyList<(string Health, int Count)> Health { get; init; }

    public static TreeDashboard Compute(IReadOnlyList<StoredTree> all, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(all);
        var standing = all.Where(t => !t.Removed).ToList();
        var ages = AgeClass.All.ToDictionary(a => a, _ => 0);
        foreach (var tree in standing)
        {
            ages[AgeClass.Of(tree, today)]++;
        }

        var measured = standing.Where(t => t.DiameterCm is > 0).Select(t => t.DiameterCm!.Value).ToList();
        var classes = new List<(string, int)>();
        var lower = 0.0;
        foreach (var (label, max) in DiameterClasses)
        {
            var from = lower;
            classes.Add((label, measured.Count(d => d >= from && d < max)));
            lower = max;
        }

        return new TreeDashboard
        {
            Report = DiversityCalculator.Compute(all.Select(StoredTrees.ToRecord)),
            Standing = standing.Count,
            Ages = [.. AgeClass.All.Select(a => (a, ages[a]))],
            Diameters = classes,
            DiameterUnknown = standing.Count - measured.Count,
            Health = [.. standing.GroupBy(t => t.Health ?? "non évalué").OrderByDescending(g => g.Count()).Select(g => (g.Key, g.Count()))],
        };
    }
}
