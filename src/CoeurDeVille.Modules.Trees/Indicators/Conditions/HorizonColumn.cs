using System.Text.Json;

namespace CoeurDeVille.Modules.Trees.Indicators.Conditions;

/// <summary>A column whose values give a renewal horizon: « 6-10 » → 6 to 10 years, « Arbre à abattre immédiatement » → 0.</summary>
public sealed record HorizonColumn(string Column, IReadOnlyDictionary<string, YearRange> Values)
{
    internal static HorizonColumn Parse(JsonElement element, string fileName)
    {
        var column = element.GetProperty("colonne").GetString()
            ?? throw new InvalidDataException($"{fileName}, clé « echeances » : « colonne » manquante.");
        var values = new Dictionary<string, YearRange>(StringComparer.Ordinal);
        foreach (var value in element.GetProperty("valeurs").EnumerateObject())
        {
            var bounds = value.Value.EnumerateArray().Select(b => b.GetInt32()).ToArray();
            if (bounds.Length != 2 || bounds[0] < 0 || bounds[1] < bounds[0])
            {
                throw new InvalidDataException($"{fileName}, colonne « {column} », valeur « {value.Name} » : attendu [min, max] en années, 0 ≤ min ≤ max.");
            }

            values[value.Name.Trim()] = new YearRange(bounds[0], bounds[1]);
        }

        return new HorizonColumn(column, values);
    }
}
