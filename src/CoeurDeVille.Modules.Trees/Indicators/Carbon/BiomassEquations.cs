using System.Globalization;
using CoeurDeVille.Modules.Trees.Taxonomy;

namespace CoeurDeVille.Modules.Trees.Indicators.Carbon;

/// <summary>The equations (Carbon/equations-biomasse.csv) and which genus or species takes which (Carbon/genres-equations.csv).</summary>
public static class BiomassEquations
{
    private static readonly Lazy<IReadOnlyDictionary<string, BiomassEquation>> Groups = new(() =>
        EmbeddedTable.Rows("Indicators.equations-biomasse.csv").ToDictionary(
            r => r[0],
            r => new BiomassEquation(r[0], r[1], double.Parse(r[2], CultureInfo.InvariantCulture), double.Parse(r[3], CultureInfo.InvariantCulture), r[4]),
            StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Taxa = new(() =>
        EmbeddedTable.Rows("Indicators.genres-equations.csv").ToDictionary(r => r[1].Length == 0 ? r[0] : $"{r[0]} {r[1]}", r => r[2], StringComparer.Ordinal));

    public static IReadOnlyCollection<BiomassEquation> All => [.. Groups.Value.Values];

    /// <summary>The species' equation, else the genus', else null (no equation: the tree's carbon is « non calculable »).</summary>
    public static BiomassEquation? For(string genus, string? species)
    {
        var group = (species is not null ? Taxa.Value.GetValueOrDefault($"{genus} {species}") : null) ?? Taxa.Value.GetValueOrDefault(genus);
        return group is null ? null : Groups.Value[group];
    }
}
