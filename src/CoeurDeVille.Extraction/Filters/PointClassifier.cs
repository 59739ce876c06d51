using System.Buffers.Text;
using CoeurDeVille.Extraction.Csv;

namespace CoeurDeVille.Extraction.Filters;

/// <summary>Keeps a CSV record when the point of its X/Y (longitude/latitude) columns falls in a perimeter.</summary>
public sealed class PointClassifier : ILineClassifier
{
    private readonly int _xColumn;
    private readonly int _yColumn;
    private readonly byte _separator;
    private readonly Action<double, double, List<int>> _match;

    /// <param name="match">Fills the perimeters containing (x, y), given in the source's CRS.</param>
    public PointClassifier(int xColumn, int yColumn, byte separator, Action<double, double, List<int>> match)
    {
        _xColumn = xColumn;
        _yColumn = yColumn;
        _separator = separator;
        _match = match;
    }

    public LineVerdict Classify(ReadOnlySpan<byte> record, bool hasQuotes, List<int> hits)
    {
        if (!CsvFields.TryGet(record, _separator, _xColumn, hasQuotes, out var xField)
            || !CsvFields.TryGet(record, _separator, _yColumn, hasQuotes, out var yField)
            || !TryParse(xField, out var x) || !TryParse(yField, out var y))
        {
            return LineVerdict.Rejected;
        }

        _match(x, y, hits);
        return hits.Count > 0 ? LineVerdict.Kept : LineVerdict.Outside;
    }

    public string Describe(ReadOnlySpan<byte> record, bool hasQuotes, LineVerdict verdict)
    {
        CsvFields.TryGet(record, _separator, _xColumn, hasQuotes, out var x);
        CsvFields.TryGet(record, _separator, _yColumn, hasQuotes, out var y);
        return x.IsEmpty || y.IsEmpty
            ? "coordonnées absentes"
            : $"coordonnées illisibles « {System.Text.Encoding.UTF8.GetString(x)} ; {System.Text.Encoding.UTF8.GetString(y)} » (nombres attendus)";
    }

    /// <summary>Parses a coordinate written with a dot or a decimal comma.</summary>
    public static bool TryParse(ReadOnlySpan<byte> field, out double value)
    {
        if (Utf8Parser.TryParse(field, out value, out var consumed) && consumed == field.Length && double.IsFinite(value))
        {
            return true;
        }

        if (field.Length is 0 or > 64 || !field.Contains((byte)','))
        {
            return false;
        }

        Span<byte> copy = stackalloc byte[field.Length];
        field.CopyTo(copy);
        copy.Replace((byte)',', (byte)'.');
        return Utf8Parser.TryParse(copy, out value, out consumed) && consumed == copy.Length && double.IsFinite(value);
    }
}
