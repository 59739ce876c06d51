using System.Globalization;
using System.Text;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.Modules.Trees.SchemaArbre;

namespace CoeurDeVille.Modules.Trees.Import.Assistant;

/// <summary>
/// Proposals of the import assistant: a shipped mapping recognised by its columns, a schema-arbre field per column
/// by name (accents, case and separators ignored, usual synonyms), and the reference system from coordinate ranges.
/// Proposals only: the agent confirms or changes every one.
/// </summary>
public static class MappingSuggester
{
    /// <summary>The projections the assistant offers: WGS 84, Lambert-93 and the nine conic conformal zones CC42–CC50.</summary>
    public static IReadOnlyList<(int Epsg, string Label)> Projections { get; } =
    [
        (4326, "WGS 84 — longitude, latitude en degrés (EPSG:4326)"),
        (2154, "Lambert-93 (EPSG:2154)"),
        .. Enumerable.Range(42, 9).Select(z => (3900 + z, $"Conique conforme CC{z} (EPSG:{3900 + z})")),
    ];

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["genre"] = SchemaArbreFields.Genus, ["genrebota"] = SchemaArbreFields.Genus, ["genus"] = SchemaArbreFields.Genus,
        ["espece"] = SchemaArbreFields.Species, ["species"] = SchemaArbreFields.Species,
        ["famille"] = SchemaArbreFields.Family, ["family"] = SchemaArbreFields.Family,
        ["variete"] = SchemaArbreFields.Cultivar, ["cultivar"] = SchemaArbreFields.Cultivar,
        ["nomfrancais"] = SchemaArbreFields.VernacularName, ["nomcommun"] = SchemaArbreFields.VernacularName, ["libellefrancais"] = SchemaArbreFields.VernacularName,
        ["hauteur"] = SchemaArbreFields.Height, ["hauttot"] = SchemaArbreFields.Height, ["height"] = SchemaArbreFields.Height,
        ["diametre"] = SchemaArbreFields.Diameter, ["troncdiam"] = SchemaArbreFields.Diameter, ["dbh"] = SchemaArbreFields.Diameter,
        ["anneeplantation"] = SchemaArbreFields.PlantingDate, ["anneedeplantation"] = SchemaArbreFields.PlantingDate, ["dateplantation"] = SchemaArbreFields.PlantingDate,
        ["adresse"] = SchemaArbreFields.Address, ["adrsecteur"] = SchemaArbreFields.Address, ["rue"] = SchemaArbreFields.Address,
        ["insee"] = SchemaArbreFields.InseeCode, ["codeinsee"] = SchemaArbreFields.InseeCode, ["codepostal"] = SchemaArbreFields.PostalCode,
        ["remarquable"] = SchemaArbreFields.Remarkable, ["remarque"] = SchemaArbreFields.Remark, ["matricule"] = SchemaArbreFields.Reference,
    };

    /// <summary>The shipped mapping whose every column (fields, coordinates, id, status, species code) the file has.</summary>
    public static string? BuiltInFor(IReadOnlyList<string> columns)
    {
        var present = new HashSet<string>(columns.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        foreach (var name in TreeMapping.BuiltInNames)
        {
            var mapping = TreeMapping.BuiltIn(name);
            var used = mapping.Fields.Values.Select(f => f.Column)
                .Append(mapping.Coordinates?.X).Append(mapping.Coordinates?.Y).Append(mapping.IdColumn)
                .Append(mapping.Status?.Column).Append(mapping.TaxonCode?.Column)
                .OfType<string>().ToList();
            if (used.Count > 0 && used.All(present.Contains))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The schema-arbre field a column name stands for, or null.</summary>
    public static string? FieldFor(string column)
    {
        var key = Key(column);
        if (SchemaArbreFields.All.FirstOrDefault(f => Key(f) == key) is { } exact && exact is not (SchemaArbreFields.Id or SchemaArbreFields.Longitude or SchemaArbreFields.Latitude))
        {
            return exact;
        }

        return Synonyms.GetValueOrDefault(key);
    }

    public static bool IsId(string column) => Key(column) is "id" or "identifiant" or "idarbre" or "numero";

    public static bool IsX(string column) => Key(column) is "x" or "coordx" or "longitude" or "lon" or "lng" or "xl93" or "est";

    public static bool IsY(string column) => Key(column) is "y" or "coordy" or "latitude" or "lat" or "yl93" or "nord";

    /// <summary>
    /// The reference system whose valid range holds the coordinates: degrees → 4326; Lambert-93 (E 100–1 300 km,
    /// N 6 000–7 200 km); CC42–CC50 (E 1 000–2 700 km, N = 1 200 km + 1 000 km per zone above 42°, ± 500 km).
    /// </summary>
    public static int? EpsgFor(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        if (xs.Count == 0 || ys.Count == 0)
        {
            return null;
        }

        var (x, y) = (Median(xs), Median(ys));
        if (Math.Abs(x) <= 180 && Math.Abs(y) <= 90)
        {
            return 4326;
        }

        if (x is >= 100_000 and <= 1_300_000 && y is >= 6_000_000 and <= 7_200_000)
        {
            return 2154;
        }

        var zone = 41 + (int)Math.Round((y - 200_000) / 1_000_000, MidpointRounding.AwayFromZero);
        return x is >= 1_000_000 and <= 2_700_000 && zone is >= 42 and <= 50 ? 3900 + zone : null;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Lower case, no accents, letters and digits only.</summary>
    private static string Key(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }
}
