using System.Text;
using nietras.SeparatedValues;

namespace CoeurDeVille.Modules.Biodiversity.Tabular;

/// <summary>
/// A delimited text file read with Sep: header, then rows with their first physical line number (quoted values may
/// span lines). Separator given, or guessed from the header line (the most frequent of ; , tab).
/// </summary>
internal sealed class DelimitedTable : IDisposable
{
    private readonly SepReader _reader;
    private readonly IReadOnlyDictionary<int, string> _defaults;

    private DelimitedTable(SepReader reader, string fileName, char separator, IReadOnlyList<string> columns, IReadOnlyDictionary<int, string>? defaults)
    {
        _reader = reader;
        _defaults = defaults ?? new Dictionary<int, string>();
        FileName = fileName;
        Separator = separator;
        Columns = columns;
    }

    public string FileName { get; }

    public char Separator { get; }

    public IReadOnlyList<string> Columns { get; }

    public static DelimitedTable OpenFile(string path, char? separator = null)
    {
        var fileName = Path.GetFileName(path);
        var chosen = separator ?? GuessSeparator(FirstLine(path));
        return Open(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), fileName, chosen);
    }

    /// <summary>
    /// Opens <paramref name="text"/> (owned). Without <paramref name="columns"/>, the first row is the header; with them
    /// (a Darwin Core meta.xml), <paramref name="skipLines"/> rows are skipped and <paramref name="defaults"/> fill empty values.
    /// </summary>
    public static DelimitedTable Open(
        TextReader text, string fileName, char separator, IReadOnlyList<string>? columns = null, int skipLines = 0,
        IReadOnlyDictionary<int, string>? defaults = null, bool quoted = true)
    {
        SepReader reader;
        try
        {
            reader = Sep.New(separator).Reader(o => o with { HasHeader = false, Unescape = quoted, DisableQuotesParsing = !quoted, DisableColCountCheck = true }).From(text);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            text.Dispose();
            throw new BiodiversityFileException(new FileError(fileName, 1, null, $"en-tête illisible ({e.Message})", "un fichier texte délimité en UTF-8"));
        }

        for (var skipped = 0; skipped < skipLines && reader.MoveNext(); skipped++)
        {
        }

        if (columns is not null)
        {
            return new DelimitedTable(reader, fileName, separator, columns, defaults);
        }

        if (!reader.MoveNext())
        {
            reader.Dispose();
            throw new BiodiversityFileException(new FileError(fileName, 1, null, "fichier vide", "une ligne d'en-tête puis une ligne par observation"));
        }

        var header = reader.Current;
        var names = new string[header.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = header[i].ToString().Trim().Trim('\uFEFF');
        }

        return new DelimitedTable(reader, fileName, separator, names, defaults);
    }

    public IEnumerable<DelimitedRow> Rows()
    {
        while (_reader.MoveNext())
        {
            var row = _reader.Current;
            var values = new string[Math.Max(row.ColCount, _defaults.Count == 0 ? 0 : Columns.Count)];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = i < row.ColCount ? row[i].ToString() : "";
                if (values[i].Length == 0 && _defaults.TryGetValue(i, out var fallback))
                {
                    values[i] = fallback;
                }
            }

            yield return new DelimitedRow(row.LineNumberFrom, values);
        }
    }

    /// <summary>Index of the first column named like one of <paramref name="names"/> (case ignored), or -1.</summary>
    public int IndexOf(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                if (string.Equals(Columns[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    public void Dispose() => _reader.Dispose();

    internal static char GuessSeparator(string line)
    {
        var semicolons = line.Count(c => c == ';');
        var commas = line.Count(c => c == ',');
        var tabs = line.Count(c => c == '\t');
        return tabs > semicolons && tabs > commas ? '\t' : semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static string FirstLine(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadLine() ?? "";
    }
}
