using CoeurDeVille.Modules.Trees.Taxonomy;

namespace CoeurDeVille.Modules.Trees.Indicators.Pollen;

/// <summary>RNSA allergenic potential by genus or species (Pollen/potentiel-allergisant.csv): a species row wins over its genus row.</summary>
public static class PollenTable
{
    public const string Source =
        "RNSA (Réseau national de surveillance aérobiologique), comité scientifique : liste des plantes à potentiel allergisant fort, relayée par FREDON le 25/04/2016 (liste partielle)";

    private static readonly Lazy<IReadOnlyDictionary<string, PollenPotential>> Entries = new(() =>
        EmbeddedTable.Rows("Indicators.potentiel-allergisant.csv").ToDictionary(
            r => r[1].Length == 0 ? r[0] : $"{r[0]} {r[1]}",
            r => r[2] switch
            {
                "fort" => PollenPotential.Strong,
                "modéré" => PollenPotential.Moderate,
                "faible" => PollenPotential.Low,
                _ => throw new InvalidOperationException("potentiel-allergisant.csv: unknown class " + r[2]),
            },
            StringComparer.Ordinal));

    /// <summary>The class of a taxon, or null when the table does not classify it (not the same as « faible »).</summary>
    public static PollenPotential? For(string genus, string? species) =>
        species is not null && Entries.Value.TryGetValue($"{genus} {species}", out var s) ? s
        : Entries.Value.TryGetValue(genus, out var g) ? g : null;

    public static string Label(PollenPotential potential) => potential switch
    {
        PollenPotential.Low => "faible ou négligeable",
        PollenPotential.Moderate => "modéré",
        PollenPotential.Strong => "fort",
        _ => throw new ArgumentOutOfRangeException(nameof(potential)),
    };
}
