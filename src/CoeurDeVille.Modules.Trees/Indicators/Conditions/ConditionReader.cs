using System.Globalization;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Mapping;

namespace CoeurDeVille.Modules.Trees.Indicators.Conditions;

/// <summary>
/// Reads the extra columns named by <see cref="ConditionColumns"/> from the inventory file, with the same reader as the
/// import, so each condition is keyed by the line the imported <c>TreeRecord.SourceLine</c> carries.
/// </summary>
public static class ConditionReader
{
    /// <exception cref="InvalidDataException">A named column is missing from the file (the message names it).</exception>
    public static IReadOnlyDictionary<long, TreeCondition> Read(string path, TreeMapping? mapping, ConditionColumns columns, CancellationToken cancellationToken = default)
    {
        var table = SourceTable.Open(path, mapping);
        int Index(string? column)
        {
            if (column is null)
            {
                return -1;
            }

            var index = table.IndexOf(column);
            return index >= 0 ? index : throw new InvalidDataException($"{table.FileName} : colonne « {column} » absente (colonnes d'état « {columns.Name} »).");
        }

        var stage = Index(columns.StageColumn);
        var health = Index(columns.HealthColumn);
        var age = Index(columns.AgeColumn);
        var crown = Index(columns.CrownDiameterColumn);
        var diagnosticYear = Index(columns.DiagnosticYearColumn);
        var horizons = columns.Horizons.Select(h => (Index: Index(h.Column), h.Values)).ToList();
        var conditions = new Dictionary<long, TreeCondition>();
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? Cell(int index) => index >= 0 && index < row.Values.Length && row.Values[index]?.Trim() is { Length: > 0 } v ? v : null;
            YearRange? horizon = null;
            foreach (var (index, values) in horizons)
            {
                if (Cell(index) is { } v && values.TryGetValue(v, out var range))
                {
                    horizon = Combine(horizon, range);
                }
            }

            conditions[row.Line] = new TreeCondition
            {
                Stage = Cell(stage) is { } s && columns.StageValues.TryGetValue(s, out var st) ? st : null,
                Health = Cell(health) is { } h && !columns.HealthEmpty.Contains(h) ? h : null,
                RemainingLife = horizon,
                DiagnosticYear = Number(Cell(diagnosticYear)) is { } d && d == Math.Floor(d) && d is >= 1000 and <= 9999 ? (int)d : null,
                // « 0 » is how Saint-Quentin leaves an age unestimated (its precision column is 0 on the same rows).
                EstimatedAgeYears = Number(Cell(age)) is > 0 and var a ? a : null,
                CrownDiameterM = Number(Cell(crown)) is > 0 and var c ? c : null,
            };
        }

        return conditions;
    }

    /// <summary>
    /// Two columns of one diagnostic describe the same tree: when their horizons overlap, both hold, so the tree is due
    /// in their intersection (priority « 6-10 » and « à abattre dans les 10 ans » [0, 10] → [6, 10]: taking the smaller
    /// minimum would move the tree to year 0, which neither column says). When they do not overlap they contradict
    /// each other and the earlier one is kept (« 20-50 » and « à abattre dans les 5 ans » → [0, 5]): the prudent reading.
    /// </summary>
    internal static YearRange Combine(YearRange? current, YearRange next)
    {
        if (current is not { } range)
        {
            return next;
        }

        var (min, max) = (Math.Max(range.Min, next.Min), Math.Min(range.Max, next.Max));
        return min <= max ? new YearRange(min, max) : next.Min < range.Min ? next : range;
    }

    private static double? Number(string? cell) =>
        cell is not null && double.TryParse(cell.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
