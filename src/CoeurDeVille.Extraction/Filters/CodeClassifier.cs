using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Csv;

namespace CoeurDeVille.Extraction.Filters;

/// <summary>Keeps a CSV record when the code in its key column belongs to a perimeter.</summary>
public sealed class CodeClassifier : ILineClassifier
{
    private readonly CodeLookup _lookup;
    private readonly int _column;
    private readonly byte _separator;

    public CodeClassifier(CodeLookup lookup, int column, byte separator)
    {
        _lookup = lookup;
        _column = column;
        _separator = separator;
    }

    public LineVerdict Classify(ReadOnlySpan<byte> record, bool hasQuotes, List<int> hits)
    {
        if (!CsvFields.TryGet(record, _separator, _column, hasQuotes, out var code) || code.IsEmpty)
        {
            return LineVerdict.Rejected;
        }

        if (!_lookup.TryGet(code, out var entry))
        {
            return LineVerdict.UnknownCode;
        }

        if (entry.Perimeters.Length == 0)
        {
            return LineVerdict.Outside;
        }

        hits.AddRange(entry.Perimeters);
        return entry.Resolution == CommuneCodeResolution.Current ? LineVerdict.Kept : LineVerdict.KeptRemapped;
    }

    public string Describe(ReadOnlySpan<byte> record, bool hasQuotes, LineVerdict verdict)
    {
        if (!CsvFields.TryGet(record, _separator, _column, hasQuotes, out var code))
        {
            return $"colonne de code n° {_column + 1} absente";
        }

        if (code.IsEmpty)
        {
            return "code commune vide";
        }

        return verdict == LineVerdict.UnknownCode
            ? $"code « {System.Text.Encoding.UTF8.GetString(code)} » inconnu du COG"
            : "ligne mal formée";
    }
}
