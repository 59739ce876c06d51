using static CoeurDeVille.Core.Validation.ValidationErrorTypes;

namespace CoeurDeVille.Core.Validation;

/// <summary>The checks of one pass over a table: header, then row after row, then the foreign keys.</summary>
internal sealed class TableChecker
{
    private readonly List<ValidationError> _errors = [];
    private readonly int? _limit;
    private TableSchema _schema = new();
    private FieldRules[] _rules = [];
    private Dictionary<string, int>[] _uniqueSeen = [];
    private int[] _primaryKey = [];
    private readonly Dictionary<string, int> _primaryKeySeen = new(StringComparer.Ordinal);
    private readonly List<(ForeignKey Key, int[] Fields, int[] ReferenceFields, HashSet<string> References, List<(int Row, string Key, string Text)> Pending)> _foreignKeys = [];

    public TableChecker(TableSchema? schema, int? limit)
    {
        Schema = schema;
        _limit = limit;
    }

    public TableSchema? Schema { get; private set; }

    public IReadOnlyList<string> Labels { get; private set; } = [];

    public int RowCount { get; private set; }

    public List<string> Warnings { get; } = [];

    public bool LimitReached => _limit is { } limit && _errors.Count >= limit;

    public void Add(ValidationError error)
    {
        if (!LimitReached)
        {
            _errors.Add(error);
        }
    }

    public void Header(string[] labels)
    {
        Labels = labels;
        Schema ??= TableSchema.Infer(labels);
        _schema = Schema;
        _rules = [.. _schema.Fields.Select(f => new FieldRules(f))];
        _uniqueSeen = [.. _schema.Fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _primaryKey = [.. _schema.PrimaryKey.Select(_schema.IndexOf).Where(i => i >= 0)];
        foreach (var key in _schema.ForeignKeys)
        {
            if (!key.IsSelfReference)
            {
                Warnings.Add($"Clé étrangère vers la ressource « {key.ReferenceResource} » non vérifiée (seules les références internes au fichier le sont).");
                continue;
            }

            _foreignKeys.Add((key, [.. key.Fields.Select(_schema.IndexOf)], [.. key.ReferenceFields.Select(_schema.IndexOf)], new(StringComparer.Ordinal), []));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(label))
            {
                Add(new(BlankLabel, null, number, null, label, $"Colonne {number} : l'en-tête est vide."));
                continue;
            }

            if (seen.TryGetValue(label, out var first))
            {
                Add(new(DuplicateLabel, null, number, label, label, $"Colonne {number} : l'en-tête « {label} » est déjà celui de la colonne {first}."));
                continue;
            }

            seen[label] = number;
            if (_schema.IsInferred)
            {
                continue;
            }

            if (i >= _schema.Fields.Count)
            {
                Add(new(ExtraLabel, null, number, null, label, $"Colonne {number} : l'en-tête « {label} » n'existe pas dans le schéma."));
            }
            else if (label != _schema.Fields[i].Name)
            {
                Add(new(IncorrectLabel, null, number, _schema.Fields[i].Name, label,
                    $"Colonne {number} : l'en-tête « {label} » ne correspond pas au champ « {_schema.Fields[i].Name} » attendu par le schéma."));
            }
        }

        for (var i = labels.Length; i < _schema.Fields.Count; i++)
        {
            var name = _schema.Fields[i].Name;
            Add(new(MissingLabel, null, i + 1, name, null, $"Colonne {i + 1} : le champ « {name} » du schéma est absent de l'en-tête."));
        }
    }

    public void Row(int rowNumber, string[] cells)
    {
        RowCount++;
        if (cells.All(IsMissing))
        {
            Add(new(BlankRow, rowNumber, null, null, null, $"Ligne {rowNumber} : ligne vide."));
            return;
        }

        var fields = _schema.Fields;
        var values = new object?[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var where = $"Ligne {rowNumber}, colonne « {field.Name} »";
            if (i >= cells.Length)
            {
                Add(new(MissingCell, rowNumber, i + 1, field.Name, null,
                    $"{where} : cellule manquante (la ligne a {cells.Length} cellules pour {fields.Count} colonnes)."));
                continue;
            }

            var text = cells[i];
            if (IsMissing(text))
            {
                if (field.Constraints.Required)
                {
                    Add(new(ConstraintError, rowNumber, i + 1, field.Name, text, $"{where} : valeur obligatoire manquante."));
                }

                continue;
            }

            if (!CellParser.TryParse(field, text, out var value) || value is null)
            {
                Add(new(TypeError, rowNumber, i + 1, field.Name, text, $"{where} : « {text} » {CellParser.Describe(field)}."));
                continue;
            }

            values[i] = value;
            foreach (var violation in _rules[i].Violations(text, value))
            {
                Add(new(ConstraintError, rowNumber, i + 1, field.Name, text, $"{where} : {violation}."));
            }

            if (field.Constraints.Unique)
            {
                var key = ValueKeys.Of(value);
                if (_uniqueSeen[i].TryGetValue(key, out var firstRow))
                {
                    Add(new(UniqueError, rowNumber, i + 1, field.Name, text, $"{where} : la valeur « {text} » est déjà présente ligne {firstRow} (valeurs uniques attendues)."));
                }
                else
                {
                    _uniqueSeen[i][key] = rowNumber;
                }
            }
        }

        for (var i = fields.Count; i < cells.Length; i++)
        {
            Add(new(ExtraCell, rowNumber, i + 1, null, cells[i],
                $"Ligne {rowNumber}, colonne {i + 1} : cellule en trop « {cells[i]} » (l'en-tête a {fields.Count} colonnes)."));
        }

        CheckPrimaryKey(rowNumber, cells, values);
        CollectForeignKeys(rowNumber, cells, values);
    }

    /// <summary>Checks the foreign keys, sorts errors by row and applies the limit.</summary>
    public IReadOnlyList<ValidationError> Finish()
    {
        var errors = new List<ValidationError>(_errors);
        foreach (var (key, _, _, references, pending) in _foreignKeys)
        {
            foreach (var (row, value, text) in pending.Where(p => !references.Contains(p.Key)))
            {
                errors.Add(new(ValidationErrorTypes.ForeignKey, row, null, null, text,
                    $"Ligne {row} : la valeur « {text} » de « {string.Join(", ", key.Fields)} » ne correspond à aucune valeur de « {string.Join(", ", key.ReferenceFields)} » dans ce fichier."));
            }
        }

        var sorted = errors.OrderBy(e => e.RowNumber ?? 0).ToList();
        if (_limit is { } limit && sorted.Count >= limit)
        {
            Warnings.Insert(0, $"Limite de {limit} erreurs atteinte : la validation s'est arrêtée là.");
            return sorted.Take(limit).ToList();
        }

        return sorted;
    }

    private bool IsMissing(string text) => _schema.MissingValues.Contains(text) || text.Length == 0;

    private void CheckPrimaryKey(int rowNumber, string[] cells, object?[] values)
    {
        if (_primaryKey.Length == 0)
        {
            return;
        }

        var key = ValueKeys.Of([.. _primaryKey.Select(i => values[i])]);
        if (key is null)
        {
            return;
        }

        if (_primaryKeySeen.TryGetValue(key, out var firstRow))
        {
            var names = string.Join(", ", _primaryKey.Select(i => _schema.Fields[i].Name));
            var text = string.Join(", ", _primaryKey.Select(i => cells[i]));
            Add(new(PrimaryKey, rowNumber, null, null, text, $"Ligne {rowNumber} : la clé primaire ({names}) « {text} » est déjà celle de la ligne {firstRow}."));
        }
        else
        {
            _primaryKeySeen[key] = rowNumber;
        }
    }

    private void CollectForeignKeys(int rowNumber, string[] cells, object?[] values)
    {
        foreach (var (_, fields, referenceFields, references, pending) in _foreignKeys)
        {
            if (referenceFields.All(i => i >= 0) && ValueKeys.Of([.. referenceFields.Select(i => values[i])]) is { } reference)
            {
                references.Add(reference);
            }

            if (fields.Any(i => i < 0) || fields.All(i => values[i] is null))
            {
                continue;
            }

            pending.Add((rowNumber, ValueKeys.Of([.. fields.Select(i => values[i])]) ?? "\u0000", string.Join(", ", fields.Select(i => i < cells.Length ? cells[i] : ""))));
        }
    }
}
