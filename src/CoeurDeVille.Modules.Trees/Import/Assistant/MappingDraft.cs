using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.Modules.Trees.SchemaArbre;

namespace CoeurDeVille.Modules.Trees.Import.Assistant;

/// <summary>
/// Builds the « correspondance » from the agent's choices in the assistant: a field per column, the coordinate
/// columns and their projection, the id column, value translations (« champ : source = cible », one a line); rules
/// of a recognised shipped mapping (classes, factors, codes) are kept for the columns still mapped as it says. The
/// result is the JSON format of <c>Mappings/*.json</c>, so <c>cdv arbres importer --correspondance</c> reuses it.
/// </summary>
public static class MappingDraft
{
    private static readonly JsonSerializerOptions Writing = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <exception cref="InvalidDataException">A choice is inconsistent (French message naming it).</exception>
    public static TreeMapping Build(
        string? basis, IReadOnlyDictionary<string, string> fieldByColumn, string? x, string? y, int epsg, string? idColumn, string? translations)
    {
        ArgumentNullException.ThrowIfNull(fieldByColumn);
        var shipped = basis is { Length: > 0 } ? TreeMapping.BuiltIn(basis) : null;
        var fields = new Dictionary<string, FieldRule>(StringComparer.Ordinal);
        foreach (var (column, field) in fieldByColumn)
        {
            if (string.IsNullOrEmpty(field))
            {
                continue;
            }

            if (SchemaArbreFields.IndexOf(field) < 0 || field is SchemaArbreFields.Id or SchemaArbreFields.Longitude or SchemaArbreFields.Latitude)
            {
                throw new InvalidDataException($"Colonne « {column} » : champ cible « {field} » inconnu ou réservé (l'identifiant et les coordonnées se choisissent à part).");
            }

            if (fields.ContainsKey(field))
            {
                throw new InvalidDataException($"Le champ « {field} » est choisi pour deux colonnes (dont « {column} ») : une seule colonne par champ.");
            }

            var kept = shipped?.Fields.GetValueOrDefault(field);
            fields[field] = kept is not null && string.Equals(kept.Column, column, StringComparison.OrdinalIgnoreCase) ? kept : new FieldRule { Column = column };
        }

        foreach (var (field, rule) in shipped?.Fields ?? new Dictionary<string, FieldRule>())
        {
            if (rule.Constant is not null && !fields.ContainsKey(field))
            {
                fields[field] = rule; // e.g. Grenoble's INSEE code
            }
        }

        foreach (var (field, source, target) in Translations(translations))
        {
            if (!fields.TryGetValue(field, out var rule))
            {
                throw new InvalidDataException($"Traduction « {field} : {source} = {target} » : aucune colonne n'est choisie pour le champ « {field} ».");
            }

            fields[field] = rule with { Values = new Dictionary<string, string>(rule.Values, StringComparer.OrdinalIgnoreCase) { [source] = target } };
        }

        return new TreeMapping
        {
            Name = shipped?.Name ?? "Correspondance préparée avec l'assistant d'import",
            Description = shipped?.Description,
            Encoding = shipped?.Encoding,
            Separator = shipped?.Separator,
            Coordinates = x is { Length: > 0 } && y is { Length: > 0 } ? new CoordinateRule { X = x, Y = y, Epsg = epsg } : null,
            IdColumn = idColumn is { Length: > 0 } ? idColumn : null,
            Status = shipped?.Status,
            TaxonCode = shipped?.TaxonCode,
            Fields = fields,
        };
    }

    public static string ToJson(TreeMapping mapping) => JsonSerializer.Serialize(mapping, Writing);

    /// <summary>Lines « champ : source = cible »; blank lines ignored.</summary>
    private static IEnumerable<(string Field, string Source, string Target)> Translations(string? text)
    {
        var number = 0;
        foreach (var raw in (text ?? "").Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (colon <= 0 || equals < colon)
            {
                throw new InvalidDataException($"Traductions, ligne {number} : « {line} » illisible ; attendu « champ : valeur source = valeur schema-arbre » (par exemple « genre_arbre : Erable = Acer »).");
            }

            yield return (line[..colon].Trim(), line[(colon + 1)..equals].Trim(), line[(equals + 1)..].Trim());
        }
    }
}
