namespace CoeurDeVille.Web.Extractor.Refresh;

/// <summary>
/// Compares two CSV snapshots of an extraction: by the key column when the source declares one (added, removed,
/// changed rows), else by whole rows (a changed row counts as one removed and one added).
/// </summary>
public static class RowDiff
{
    public const int SampleSize = 5;

    /// <param name="previous">Snapshot of the previous version; null for the first version (every row is added).</param>
    public static RowDiffResult Compute(string? previous, string current, string? keyColumn)
    {
        var (header, rows) = Load(current);
        var sample = new List<RowChange>();
        if (previous is null)
        {
            return new RowDiffResult(rows.Count, rows.Count, 0, 0, []);
        }

        var (oldHeader, oldRows) = Load(previous);
        var key = keyColumn is null ? -1 : Array.IndexOf(header, keyColumn);
        var oldKey = keyColumn is null ? -1 : Array.IndexOf(oldHeader, keyColumn);
        return key >= 0 && oldKey >= 0
            ? ByKey(header, rows, key, oldHeader, oldRows, oldKey, sample)
            : ByRow(header, rows, oldRows, sample);
    }

    private static RowDiffResult ByKey(string[] header, List<string[]> rows, int key, string[] oldHeader, List<string[]> oldRows, int oldKey, List<RowChange> sample)
    {
        // A repeated key keeps its last row: keys are declared unique by the producer.
        var before = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in oldRows)
        {
            before[Cell(row, oldKey)] = row;
        }

        long added = 0, changed = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = Cell(row, key);
            if (!seen.Add(id))
            {
                continue;
            }

            if (!before.TryGetValue(id, out var old))
            {
                added++;
                Add(sample, new RowChange("ajoutée", id, Describe(header, row)));
                continue;
            }

            var differences = new List<string>();
            for (var c = 0; c < header.Length; c++)
            {
                var o = Array.IndexOf(oldHeader, header[c]);
                var oldValue = o < 0 ? "" : Cell(old, o);
                var value = Cell(row, c);
                if (!string.Equals(oldValue, value, StringComparison.Ordinal))
                {
                    differences.Add($"{header[c]} : « {oldValue} » → « {value} »");
                }
            }

            if (differences.Count > 0)
            {
                changed++;
                Add(sample, new RowChange("modifiée", id, string.Join(" ; ", differences)));
            }
        }

        long removed = 0;
        foreach (var (id, row) in before)
        {
            if (!seen.Contains(id))
            {
                removed++;
                Add(sample, new RowChange("supprimée", id, Describe(oldHeader, row)));
            }
        }

        return new RowDiffResult(rows.Count, added, removed, changed, sample);
    }

    private static RowDiffResult ByRow(string[] header, List<string[]> rows, List<string[]> oldRows, List<RowChange> sample)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in oldRows)
        {
            var text = string.Join('\u001f', row);
            counts[text] = counts.GetValueOrDefault(text) + 1;
        }

        long added = 0;
        foreach (var row in rows)
        {
            var text = string.Join('\u001f', row);
            if (counts.TryGetValue(text, out var left) && left > 0)
            {
                counts[text] = left - 1;
            }
            else
            {
                added++;
                Add(sample, new RowChange("ajoutée", Lead(row), Describe(header, row)));
            }
        }

        long removed = 0;
        foreach (var (text, left) in counts)
        {
            removed += left;
            if (left > 0)
            {
                var row = text.Split('\u001f');
                Add(sample, new RowChange("supprimée", Lead(row), Describe(header, row)));
            }
        }

        return new RowDiffResult(rows.Count, added, removed, 0, sample);
    }

    private static (string[] Header, List<string[]> Rows) Load(string path)
    {
        using var rows = CsvRows.Read(path).GetEnumerator();
        if (!rows.MoveNext())
        {
            return ([], []);
        }

        var header = rows.Current;
        var list = new List<string[]>();
        while (rows.MoveNext())
        {
            list.Add(rows.Current);
        }

        return (header, list);
    }

    private static string Cell(string[] row, int index) => index < row.Length ? row[index] : "";

    private static string Lead(string[] row) => string.Join(", ", row.Take(2));

    private static string Describe(string[] header, string[] row) =>
        string.Join(" ; ", header.Select((h, i) => $"{h} : {Cell(row, i)}").Take(6));

    private static void Add(List<RowChange> sample, RowChange change)
    {
        if (sample.Count < SampleSize)
        {
            sample.Add(change);
        }
    }
}
