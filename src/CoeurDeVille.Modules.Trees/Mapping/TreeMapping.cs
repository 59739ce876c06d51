using System.Text.Json;
using System.Text.Json.Serialization;
using CoeurDeVille.Modules.Trees.SchemaArbre;

namespace CoeurDeVille.Modules.Trees.Mapping;

/// <summary>
/// A « correspondance »: how the columns, codes, units and projection of an inventory that does not follow
/// schema-arbre become schema-arbre fields. Written in JSON by the user (docs/guide-arbres.md); the module ships
/// those of the real inventories it is tested on (Mappings/*.json).
/// </summary>
public sealed record TreeMapping
{
    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [JsonPropertyName("nom")]
    public string? Name { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Forces the CSV encoding (« utf-8 », « windows-1252 ») instead of detecting it.</summary>
    [JsonPropertyName("encodage")]
    public string? Encoding { get; init; }

    /// <summary>Forces the CSV separator instead of detecting it.</summary>
    [JsonPropertyName("separateur")]
    public string? Separator { get; init; }

    [JsonPropertyName("coordonnees")]
    public CoordinateRule? Coordinates { get; init; }

    /// <summary>Column of a unique whole number ≥ 1 used as <c>id</c>; without it, trees are numbered in file order.</summary>
    [JsonPropertyName("identifiant")]
    public string? IdColumn { get; init; }

    [JsonPropertyName("etat")]
    public StatusRule? Status { get; init; }

    [JsonPropertyName("essence")]
    public TaxonCodeRule? TaxonCode { get; init; }

    /// <summary>schema-arbre field name → rule.</summary>
    [JsonPropertyName("champs")]
    public IReadOnlyDictionary<string, FieldRule> Fields { get; init; } = new Dictionary<string, FieldRule>();

    /// <summary>Names of the mappings shipped with the module.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = ["grenoble", "saint-quentin"];

    /// <summary>A file path, or the name of a shipped mapping (« grenoble », « saint-quentin »).</summary>
    /// <exception cref="InvalidDataException">Unreadable or inconsistent mapping; the message says where.</exception>
    public static TreeMapping Resolve(string pathOrName)
    {
        if (File.Exists(pathOrName))
        {
            using var stream = File.OpenRead(pathOrName);
            return Parse(stream, Path.GetFileName(pathOrName));
        }

        if (BuiltInNames.Contains(pathOrName, StringComparer.OrdinalIgnoreCase))
        {
            return BuiltIn(pathOrName.ToLowerInvariant());
        }

        throw new InvalidDataException(
            $"Correspondance « {pathOrName} » introuvable : ni fichier, ni correspondance fournie ({string.Join(", ", BuiltInNames)}).");
    }

    public static TreeMapping BuiltIn(string name)
    {
        using var stream = typeof(TreeMapping).Assembly.GetManifestResourceStream($"CoeurDeVille.Modules.Trees.Mappings.{name}.json")
            ?? throw new InvalidDataException($"Correspondance fournie « {name} » inconnue ({string.Join(", ", BuiltInNames)}).");
        return Parse(stream, name + ".json");
    }

    public static TreeMapping Parse(Stream json, string fileName)
    {
        TreeMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<TreeMapping>(json, Options);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $"ligne {line + 1}" : "emplacement inconnu";
            var path = exception.Path is { Length: > 1 } p ? $", propriété {p}" : "";
            throw new InvalidDataException(
                $"Correspondance {fileName} ({where}{path}) : propriété inconnue ou valeur du mauvais type. "
                + "Propriétés reconnues : nom, description, encodage, separateur, coordonnees, identifiant, etat, essence, champs "
                + "(voir docs/guide-arbres.md).", exception);
        }

        if (mapping is null)
        {
            throw new InvalidDataException($"Correspondance {fileName} : le fichier est vide (objet JSON attendu).");
        }

        mapping.Check(fileName);
        return mapping;
    }

    private void Check(string fileName)
    {
        foreach (var (field, rule) in Fields)
        {
            var where = $"Correspondance {fileName}, champ « {field} »";
            if (SchemaArbreFields.IndexOf(field) < 0)
            {
                throw new InvalidDataException($"{where} : ce champ n'existe pas dans schema-arbre. Champs attendus : {string.Join(", ", SchemaArbreFields.All)}.");
            }

            if ((rule.Column is null) == (rule.Constant is null))
            {
                throw new InvalidDataException($"{where} : indiquez soit « colonne », soit « constante » (un des deux, pas les deux).");
            }

            if (rule.Normalize is not null and not "genre")
            {
                throw new InvalidDataException($"{where} : « normaliser » vaut « {rule.Normalize} » ; valeur attendue : « genre ».");
            }

            if (rule.ClassWidth is <= 0)
            {
                throw new InvalidDataException($"{where} : « classe » doit être une largeur positive (par exemple 10).");
            }
        }

        if (Separator is { Length: not 1 })
        {
            throw new InvalidDataException($"Correspondance {fileName} : « separateur » doit être un seul caractère (« ; », « , »…).");
        }

        if (TaxonCode is { Table: not "codes-essences" })
        {
            throw new InvalidDataException($"Correspondance {fileName} : table de codes « {TaxonCode.Table} » inconnue ; table disponible : « codes-essences ».");
        }
    }
}
