using System.Text.Json;

namespace CoeurDeVille.Modules.Trees.Indicators.Conditions;

/// <summary>
/// Which extra columns of an inventory hold the stage, health, renewal horizons, estimated age and crown diameter,
/// and how their values read. The horizons count from the year of the diagnostic when a column gives it
/// (<c>anneeDiagnostic</c>), else from the reference year of the indicators. A JSON file with French keys, next to the import mapping (built in: <c>grenoble</c>,
/// <c>saint-quentin</c>):
/// <code>
/// { "stade": { "colonne": "STADEDEDEVELOPPEMENT", "valeurs": { "Arbre jeune": "jeune" } },
///   "etat": { "colonne": "VIGUEUR", "vide": ["inconnu"] },
///   "anneeDiagnostic": { "colonne": "ANNEEREALISATIONDIAGNOSTIC" },
///   "echeances": [ { "colonne": "PRIORITEDERENOUVELLEMENT", "valeurs": { "0-1": [0, 1] } } ],
///   "age": { "colonne": "age_estim" }, "diametreHouppier": { "colonne": "..." } }
/// </code>
/// </summary>
public sealed record ConditionColumns
{
    public static IReadOnlyList<string> BuiltInNames { get; } = ["grenoble", "saint-quentin"];

    public string? Name { get; init; }

    public string? StageColumn { get; init; }

    /// <summary>Source value (trimmed) → stage.</summary>
    public IReadOnlyDictionary<string, DevelopmentStage> StageValues { get; init; } = new Dictionary<string, DevelopmentStage>();

    public string? HealthColumn { get; init; }

    /// <summary>Values that mean « not known » in the health column.</summary>
    public IReadOnlyList<string> HealthEmpty { get; init; } = [];

    /// <summary>Year the diagnostic was made: the horizons count from it.</summary>
    public string? DiagnosticYearColumn { get; init; }

    /// <summary>Columns giving a renewal horizon; see <see cref="ConditionReader"/> for how two of them combine.</summary>
    public IReadOnlyList<HorizonColumn> Horizons { get; init; } = [];

    public string? AgeColumn { get; init; }

    public string? CrownDiameterColumn { get; init; }

    /// <summary>A built-in set, or null when there is none of that name.</summary>
    public static ConditionColumns? BuiltIn(string name)
    {
        if (!BuiltInNames.Contains(name))
        {
            return null;
        }

        using var stream = typeof(ConditionColumns).Assembly.GetManifestResourceStream($"CoeurDeVille.Modules.Trees.Indicators.Conditions.{name}.json")
            ?? throw new InvalidOperationException(name + " is not embedded.");
        return Parse(stream, name + ".json");
    }

    /// <summary>A built-in name or the path of a JSON file.</summary>
    /// <exception cref="InvalidDataException">Unreadable file or unexpected value; the message is French and names the key.</exception>
    public static ConditionColumns Resolve(string pathOrName)
    {
        if (BuiltIn(pathOrName) is { } builtIn)
        {
            return builtIn;
        }

        if (!File.Exists(pathOrName))
        {
            throw new InvalidDataException($"Colonnes d'état « {pathOrName} » introuvables : attendu un fichier JSON ou l'un des noms {string.Join(", ", BuiltInNames)}.");
        }

        using var stream = File.OpenRead(pathOrName);
        return Parse(stream, Path.GetFileName(pathOrName));
    }

    public static ConditionColumns Parse(Stream json, string fileName)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var stage = Object(root, "stade");
            var health = Object(root, "etat");
            return new ConditionColumns
            {
                Name = root.TryGetProperty("nom", out var n) ? n.GetString() : null,
                StageColumn = Column(stage),
                StageValues = stage is { } s && s.TryGetProperty("valeurs", out var sv)
                    ? sv.EnumerateObject().ToDictionary(p => p.Name.Trim(), p => StageOf(p.Value.GetString(), fileName), StringComparer.Ordinal)
                    : new Dictionary<string, DevelopmentStage>(),
                HealthColumn = Column(health),
                HealthEmpty = health is { } h && h.TryGetProperty("vide", out var hv) ? [.. hv.EnumerateArray().Select(v => v.GetString() ?? "")] : [],
                DiagnosticYearColumn = Column(Object(root, "anneeDiagnostic")),
                Horizons = root.TryGetProperty("echeances", out var e) ? [.. e.EnumerateArray().Select(x => HorizonColumn.Parse(x, fileName))] : [],
                AgeColumn = Column(Object(root, "age")),
                CrownDiameterColumn = Column(Object(root, "diametreHouppier")),
            };
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{fileName} : JSON illisible ({ex.Message}).", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new InvalidDataException($"{fileName} : clé manquante ou valeur inattendue ({ex.Message}) ; voir le format dans docs/guide-arbres.md, « Colonnes d'état ».", ex);
        }
    }

    private static JsonElement? Object(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Column(JsonElement? element) =>
        element is { } e && e.TryGetProperty("colonne", out var c) ? c.GetString() : null;

    private static DevelopmentStage StageOf(string? value, string fileName) => value switch
    {
        "jeune" => DevelopmentStage.Young,
        "adulte" => DevelopmentStage.Adult,
        "vieillissant" => DevelopmentStage.Ageing,
        "sénescent" => DevelopmentStage.Senescent,
        _ => throw new InvalidDataException($"{fileName}, clé « stade.valeurs » : « {value} » n'est pas un stade ; attendu jeune, adulte, vieillissant ou sénescent."),
    };
}
